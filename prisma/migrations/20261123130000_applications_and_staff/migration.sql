-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('draft', 'submitted', 'registered', 'returned', 'in_review', 'docs_requested', 'docs_provided', 'approved', 'assigned', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('caseworker', 'supervisor', 'administrator');

-- AlterTable
ALTER TABLE "esia_link" ADD COLUMN "person" JSONB;

-- AlterTable
ALTER TABLE "notification" ADD COLUMN "link" TEXT;

-- CreateTable
CREATE TABLE "application" (
    "id" SERIAL NOT NULL,
    "number" TEXT,
    "userId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "completedSteps" TEXT[],
    "esiaFields" TEXT[],
    "esiaLevel" TEXT,
    "territoryId" INTEGER,
    "applicantSurname" TEXT,
    "applicantSnils" TEXT,
    "eligibility" JSONB,
    "amountKopecks" INTEGER,
    "decisionDue" TEXT,
    "assignedStaffId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reasonCode" TEXT,
    "comment" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_attachment" (
    "id" TEXT NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "slot" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "territoryId" INTEGER,
    "totpSecret" TEXT,
    "totpEnrolledAt" TIMESTAMP(3),
    "totpLastStep" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_session" (
    "id" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "secondFactorAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "staff_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "application_number_key" ON "application"("number");

-- CreateIndex
CREATE INDEX "application_userId_createdAt_idx" ON "application"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "application_territoryId_submittedAt_id_idx" ON "application"("territoryId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "application_territoryId_status_submittedAt_id_idx" ON "application"("territoryId", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "application_territoryId_serviceId_submittedAt_id_idx" ON "application"("territoryId", "serviceId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "application_territoryId_applicantSurname_idx" ON "application"("territoryId", "applicantSurname");

-- CreateIndex
CREATE INDEX "application_territoryId_applicantSnils_idx" ON "application"("territoryId", "applicantSnils");

-- CreateIndex
CREATE INDEX "application_event_applicationId_at_idx" ON "application_event"("applicationId", "at");

-- CreateIndex
CREATE INDEX "application_attachment_applicationId_createdAt_idx" ON "application_attachment"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "staff_login_key" ON "staff"("login");

-- CreateIndex
CREATE INDEX "staff_territoryId_idx" ON "staff"("territoryId");

-- CreateIndex
CREATE INDEX "staff_session_staffId_idx" ON "staff_session"("staffId");

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "portal_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_assignedStaffId_fkey" FOREIGN KEY ("assignedStaffId") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The status history is append-only, like the audit log: a trigger refuses UPDATE and DELETE.
CREATE FUNCTION "application_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_event is append-only';
END;
$$;

CREATE TRIGGER "application_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "application_event"
  FOR EACH ROW EXECUTE FUNCTION "application_event_is_append_only"();
