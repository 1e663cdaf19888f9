-- issue 15: the language the person chose (decision 0019): pages after sign-in, and the
-- e-mail and SMS notices, which are written when no browser (and no cookie) is there.
ALTER TABLE "portal_user" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'ru';
