-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN "territoryId" INTEGER;

-- CreateIndex
CREATE INDEX "audit_event_territoryId_at_id_idx" ON "audit_event"("territoryId", "at", "id");

-- CreateIndex
CREATE INDEX "application_territoryId_decisionDue_id_idx" ON "application"("territoryId", "decisionDue", "id");

-- CreateIndex
CREATE INDEX "application_territoryId_status_decisionDue_id_idx" ON "application"("territoryId", "status", "decisionDue", "id");
