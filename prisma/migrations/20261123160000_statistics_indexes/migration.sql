-- CreateIndex
CREATE INDEX "application_territory_statistics_idx" ON "application"("territoryId", "serviceId", "status", "decisionDue");

-- CreateIndex
CREATE INDEX "application_staff_load_idx" ON "application"("assignedStaffId", "territoryId", "status", "decisionDue", "decidedAt");

-- CreateIndex
CREATE INDEX "application_territory_decided_idx" ON "application"("territoryId", "decidedAt", "submittedAt");
