-- Issue 12: the channel of receipt of every application, paper applications registered by staff
-- (a person without a cabinet has no userId), the ministry role, and the dashboard's aggregate
-- tables kept by a trigger.

-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('portal', 'in_person', 'mfc', 'post');

-- AlterEnum (not used in this transaction, as PostgreSQL requires)
ALTER TYPE "StaffRole" ADD VALUE 'ministry';

-- AlterTable: every application sent so far came through the portal.
ALTER TABLE "application" ADD COLUMN "channel" "ApplicationChannel" NOT NULL DEFAULT 'portal',
ADD COLUMN "registeredByStaffId" INTEGER,
ADD COLUMN "receivedOn" TEXT,
ADD COLUMN "decisionWorkingDays" INTEGER,
ALTER COLUMN "userId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "portal_user_snils_idx" ON "portal_user"("snils");

-- CreateTable
CREATE TABLE "application_channel_count" (
    "month" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "application_channel_count_pkey" PRIMARY KEY ("month","territoryId","serviceId","channel")
);

-- CreateTable
CREATE TABLE "application_status_count" (
    "month" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "application_status_count_pkey" PRIMARY KEY ("month","territoryId","serviceId","status")
);

-- CreateTable
CREATE TABLE "application_esia_level_count" (
    "month" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "esiaLevel" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "application_esia_level_count_pkey" PRIMARY KEY ("month","territoryId","serviceId","esiaLevel")
);

-- CreateTable
CREATE TABLE "application_decision_days" (
    "month" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "application_decision_days_pkey" PRIMARY KEY ("month","territoryId","serviceId","days")
);

-- CreateTable
CREATE TABLE "application_awaiting_count" (
    "month" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "decisionDue" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "application_awaiting_count_pkey" PRIMARY KEY ("month","territoryId","serviceId","channel","decisionDue")
);

-- CreateTable
CREATE TABLE "electronic_share_target" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "percent" INTEGER NOT NULL DEFAULT 70,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedByStaffId" INTEGER,

    CONSTRAINT "electronic_share_target_pkey" PRIMARY KEY ("id")
);

-- One application's contribution (sign +1 or -1) to the aggregate tables. The month is the
-- Moscow month of sending: Moscow is UTC+3 all year since 2014, so no time-zone data is needed.
-- Awaiting = lib/casework/deadlines.ts AWAITING_DECISION (a documents request stops the clock).
CREATE FUNCTION "application_statistics_apply"(r "application", sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  m TEXT;
BEGIN
  IF r."submittedAt" IS NULL OR r."territoryId" IS NULL OR r."status" = 'draft' THEN
    RETURN;
  END IF;
  m := to_char(r."submittedAt" + interval '3 hours', 'YYYY-MM');
  INSERT INTO "application_channel_count" AS c ("month", "territoryId", "serviceId", "channel", "count")
  VALUES (m, r."territoryId", r."serviceId", r."channel", sign)
  ON CONFLICT ("month", "territoryId", "serviceId", "channel") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  INSERT INTO "application_status_count" AS s ("month", "territoryId", "serviceId", "status", "count")
  VALUES (m, r."territoryId", r."serviceId", r."status", sign)
  ON CONFLICT ("month", "territoryId", "serviceId", "status") DO UPDATE SET "count" = s."count" + EXCLUDED."count";
  INSERT INTO "application_esia_level_count" AS e ("month", "territoryId", "serviceId", "esiaLevel", "count")
  VALUES (m, r."territoryId", r."serviceId", coalesce(r."esiaLevel", ''), sign)
  ON CONFLICT ("month", "territoryId", "serviceId", "esiaLevel") DO UPDATE SET "count" = e."count" + EXCLUDED."count";
  IF r."decisionWorkingDays" IS NOT NULL AND r."status" IN ('approved', 'assigned', 'rejected') THEN
    INSERT INTO "application_decision_days" AS d ("month", "territoryId", "serviceId", "days", "count")
    VALUES (m, r."territoryId", r."serviceId", r."decisionWorkingDays", sign)
    ON CONFLICT ("month", "territoryId", "serviceId", "days") DO UPDATE SET "count" = d."count" + EXCLUDED."count";
  END IF;
  IF r."decisionDue" IS NOT NULL AND r."status" IN ('submitted', 'registered', 'in_review', 'docs_provided') THEN
    INSERT INTO "application_awaiting_count" AS w ("month", "territoryId", "serviceId", "channel", "decisionDue", "count")
    VALUES (m, r."territoryId", r."serviceId", r."channel", r."decisionDue", sign)
    ON CONFLICT ("month", "territoryId", "serviceId", "channel", "decisionDue") DO UPDATE SET "count" = w."count" + EXCLUDED."count";
  END IF;
END;
$$;

CREATE FUNCTION "application_statistics_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "application_statistics_apply"(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "application_statistics_apply"(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$;

-- Only the columns the aggregates read: saving a draft's answers never touches them.
CREATE TRIGGER "application_statistics"
AFTER INSERT OR DELETE OR UPDATE OF "status", "territoryId", "serviceId", "channel", "esiaLevel", "submittedAt", "decisionDue", "decisionWorkingDays"
ON "application" FOR EACH ROW EXECUTE FUNCTION "application_statistics_trigger"();

-- Recomputes the aggregates from the applications (the bench generator's bulk load, a repair).
CREATE FUNCTION "application_statistics_rebuild"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "application_channel_count";
  DELETE FROM "application_status_count";
  DELETE FROM "application_esia_level_count";
  DELETE FROM "application_decision_days";
  DELETE FROM "application_awaiting_count";
  INSERT INTO "application_channel_count" ("month", "territoryId", "serviceId", "channel", "count")
  SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM'), "territoryId", "serviceId", "channel", count(*)
  FROM "application" WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "status" <> 'draft'
  GROUP BY 1, 2, 3, 4;
  INSERT INTO "application_status_count" ("month", "territoryId", "serviceId", "status", "count")
  SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM'), "territoryId", "serviceId", "status", count(*)
  FROM "application" WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "status" <> 'draft'
  GROUP BY 1, 2, 3, 4;
  INSERT INTO "application_esia_level_count" ("month", "territoryId", "serviceId", "esiaLevel", "count")
  SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM'), "territoryId", "serviceId", coalesce("esiaLevel", ''), count(*)
  FROM "application" WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "status" <> 'draft'
  GROUP BY 1, 2, 3, 4;
  INSERT INTO "application_decision_days" ("month", "territoryId", "serviceId", "days", "count")
  SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM'), "territoryId", "serviceId", "decisionWorkingDays", count(*)
  FROM "application"
  WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "decisionWorkingDays" IS NOT NULL AND "status" IN ('approved', 'assigned', 'rejected')
  GROUP BY 1, 2, 3, 4;
  INSERT INTO "application_awaiting_count" ("month", "territoryId", "serviceId", "channel", "decisionDue", "count")
  SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM'), "territoryId", "serviceId", "channel", "decisionDue", count(*)
  FROM "application"
  WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "decisionDue" IS NOT NULL
    AND "status" IN ('submitted', 'registered', 'in_review', 'docs_provided')
  GROUP BY 1, 2, 3, 4, 5;
END;
$$;

SELECT "application_statistics_rebuild"();
