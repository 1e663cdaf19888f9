-- issue 12: a change marker per territory for the dashboard's cache (lib/dashboard/cache.ts,
-- decision 0013). Every change the aggregate tables see raises its territory's version in the
-- same transaction, so a reader that takes the version first and the figures after never keeps
-- figures older than the version it files them under. One row per territory, not one for the
-- republic: concurrent applications of different territories do not queue behind one row.
CREATE TABLE "application_statistics_version" (
  "territoryId" INTEGER NOT NULL,
  "version" BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT "application_statistics_version_pkey" PRIMARY KEY ("territoryId")
);

CREATE OR REPLACE FUNCTION "application_statistics_apply"(r "application", sign INTEGER) RETURNS void
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
  INSERT INTO "application_statistics_version" AS v ("territoryId", "version")
  VALUES (r."territoryId", 1)
  ON CONFLICT ("territoryId") DO UPDATE SET "version" = v."version" + 1;
END;
$$;

-- The rebuild reads the applications once (one grouping, then the five tables from it) instead
-- of once per table, and raises every territory's version.
CREATE OR REPLACE FUNCTION "application_statistics_rebuild"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "application_channel_count";
  DELETE FROM "application_status_count";
  DELETE FROM "application_esia_level_count";
  DELETE FROM "application_decision_days";
  DELETE FROM "application_awaiting_count";
  WITH g AS MATERIALIZED (
    SELECT to_char("submittedAt" + interval '3 hours', 'YYYY-MM') AS "month", "territoryId", "serviceId", "channel", "status",
           coalesce("esiaLevel", '') AS "esiaLevel",
           CASE WHEN "status" IN ('approved', 'assigned', 'rejected') THEN "decisionWorkingDays" END AS "days",
           CASE WHEN "status" IN ('submitted', 'registered', 'in_review', 'docs_provided') THEN "decisionDue" END AS "decisionDue",
           count(*) AS "count"
    FROM "application" WHERE "submittedAt" IS NOT NULL AND "territoryId" IS NOT NULL AND "status" <> 'draft'
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ), channels AS (
    INSERT INTO "application_channel_count" ("month", "territoryId", "serviceId", "channel", "count")
    SELECT "month", "territoryId", "serviceId", "channel", sum("count") FROM g GROUP BY 1, 2, 3, 4
  ), statuses AS (
    INSERT INTO "application_status_count" ("month", "territoryId", "serviceId", "status", "count")
    SELECT "month", "territoryId", "serviceId", "status", sum("count") FROM g GROUP BY 1, 2, 3, 4
  ), levels AS (
    INSERT INTO "application_esia_level_count" ("month", "territoryId", "serviceId", "esiaLevel", "count")
    SELECT "month", "territoryId", "serviceId", "esiaLevel", sum("count") FROM g GROUP BY 1, 2, 3, 4
  ), decided AS (
    INSERT INTO "application_decision_days" ("month", "territoryId", "serviceId", "days", "count")
    SELECT "month", "territoryId", "serviceId", "days", sum("count") FROM g WHERE "days" IS NOT NULL GROUP BY 1, 2, 3, 4
  )
  INSERT INTO "application_awaiting_count" ("month", "territoryId", "serviceId", "channel", "decisionDue", "count")
  SELECT "month", "territoryId", "serviceId", "channel", "decisionDue", sum("count") FROM g WHERE "decisionDue" IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO "application_statistics_version" AS v ("territoryId", "version")
  SELECT "id", 1 FROM "territory"
  ON CONFLICT ("territoryId") DO UPDATE SET "version" = v."version" + 1;
END;
$$;

INSERT INTO "application_statistics_version" ("territoryId", "version") SELECT "id", 1 FROM "territory" ON CONFLICT DO NOTHING;
