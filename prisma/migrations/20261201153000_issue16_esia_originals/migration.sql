-- ESIA's original prefilled values get their own column instead of travelling inside the answers
-- under "_esia" (stripped and put back on every save). Existing drafts keep theirs.
ALTER TABLE "application" ADD COLUMN "esiaOriginals" JSONB NOT NULL DEFAULT '{}';

UPDATE "application"
SET "esiaOriginals" = CASE WHEN jsonb_typeof("answers" -> '_esia') = 'object' THEN "answers" -> '_esia' ELSE '{}'::jsonb END,
    "answers" = "answers" - '_esia'
WHERE "answers" ? '_esia';
