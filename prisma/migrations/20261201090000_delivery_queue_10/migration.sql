-- Delivery of e-mail and SMS through a job queue (issue 10). Rows written before this were only
-- listed on the local outbox page: they count as delivered there.
ALTER TABLE "outbox_message" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'notice',
  ADD COLUMN "html" TEXT,
  ADD COLUMN "secret" TEXT,
  ADD COLUMN "status" TEXT NOT NULL DEFAULT 'queued',
  ADD COLUMN "transport" TEXT,
  ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "lastError" TEXT,
  ADD COLUMN "lastAttemptAt" TIMESTAMP(3),
  ADD COLUMN "sentAt" TIMESTAMP(3);

UPDATE "outbox_message" SET "status" = 'sent', "transport" = 'outbox', "sentAt" = "createdAt";

-- CreateIndex
CREATE INDEX "outbox_message_status_createdAt_idx" ON "outbox_message"("status", "createdAt");

ALTER TABLE "portal_user" ADD COLUMN "noticeChannels" TEXT NOT NULL DEFAULT 'both';

ALTER TABLE "portal_verification" ADD COLUMN "messageId" INTEGER;
