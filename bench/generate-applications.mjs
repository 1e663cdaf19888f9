#!/usr/bin/env node
// Fills a PostgreSQL database with N sent applications for the queue benchmark (bench/queue.mjs),
// in the database itself (INSERT … SELECT generate_series, a million rows per statement).
// Spread like a real republic: Kazan about a third, Naberezhnye Chelny a sixth, the other 43
// districts the rest; all three services; every status (5 % drafts); sent over the last two years;
// a few thousand distinct surnames; staff of a territory assigned to the applications they work on;
// what still waits for a decision was sent in the last 20 days, so some of it is overdue; the
// channel of receipt varies by territory (Kazan about 78 % through the portal, the districts
// 35–65 %, the rest in person, at the МФЦ or by post), with working days to each decision.
// The dashboard's aggregate tables are recomputed once at the end (the row trigger is off while
// loading: a bulk load, not the portal's own writes).
//
//   node bench/generate-applications.mjs --count 1000000 [--reset] [--connections 2] [--url postgres://…/portal_bench]
//
// The portal's migrations are applied first, and the territories seeded, so an empty database
// works. Start the portal once against the same database with SEED_DEMO_DATA=true before this to
// have the demo staff (then their Kazan and Chelny applications get assigned). --reset empties
// application, its history and attachments first (a benchmark database only).
import { parseArgs } from "node:util";
import pg from "pg";
import { tsImport } from "tsx/esm/api";

const { values } = parseArgs({
  options: {
    url: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://portal:portal@localhost:5432/portal_bench",
    },
    count: { type: "string", default: "10000" },
    batch: { type: "string", default: "1000000" },
    connections: { type: "string", default: "2" },
    reset: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const batch = Number(values.batch);
const connections = Math.max(1, Number(values.connections) || 1);
if (!Number.isSafeInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
if (!/bench|test/i.test(new URL(values.url).pathname))
  throw new Error("Refusing: the database name must contain «bench» or «test»");

const { applyMigrations, readMigrations } = await tsImport("../lib/db/migrate.ts", import.meta.url);
const { TATARSTAN_TERRITORIES, territorialBodyName } = await tsImport(
  "../lib/reference/territories.ts",
  import.meta.url,
);

const client = new pg.Client({ connectionString: values.url });
await client.connect();
const started = Date.now();
const session = {
  exec: async (sql) => void (await client.query(sql)),
  query: async (sql) => (await client.query(sql)).rows,
};
const applied = await applyMigrations(session, await readMigrations());
if (applied.length) console.log(`migrations applied: ${applied.join(", ")}`);

for (const territory of TATARSTAN_TERRITORIES) {
  await client.query(
    `INSERT INTO "territory" ("code", "name", "kind", "administrativeCentre") VALUES ($1, $2, $3::"TerritoryKind", $4) ON CONFLICT ("code") DO NOTHING`,
    [territory.code, territory.name, territory.kind, territory.administrativeCentre],
  );
  await client.query(
    `INSERT INTO "territorial_body" ("territoryId", "name") SELECT "id", $2 FROM "territory" WHERE "code" = $1 ON CONFLICT ("territoryId") DO NOTHING`,
    [territory.code, territorialBodyName(territory)],
  );
}

if (values.reset) {
  // TRUNCATE, not DELETE: the status history refuses row deletes (append-only trigger).
  await client.query(`TRUNCATE "application_attachment", "application_event", "application"`);
  console.log("application tables emptied");
}

// Applicants: one cabinet per 40 applications (at least 100), reused across runs.
const users = Math.max(100, Math.ceil(count / 40));
await client.query(
  `INSERT INTO "portal_user" ("email", "emailVerified", "passwordHash", "lastName", "firstName", "updatedAt")
   SELECT 'bench-' || i || '@example.ru', true, 'bench', 'Заявитель', 'Тест', now() FROM generate_series(1, $1) AS i
   ON CONFLICT ("email") DO NOTHING`,
  [users],
);

// Surnames from syllables: 14 × 14 × 14 stems, two genders (about 5 500 distinct).
const STEMS_A = ["Ах", "Бай", "Вал", "Гал", "Зак", "Иван", "Кам", "Мух", "Нур", "Сад", "Тиш", "Фай", "Хас", "Шар"];
const STEMS_B = ["ме", "ра", "ли", "за", "ки", "ну", "ти", "би", "ги", "ды", "ро", "ле", "ма", "са"];
const STEMS_C = ["т", "н", "р", "л", "к", "м", "д", "в", "с", "ш", "б", "г", "з", "п"];

const sql = `
WITH t AS (
  SELECT (SELECT "id" FROM "territory" WHERE "code" = 'kazan') AS kazan,
         (SELECT "id" FROM "territory" WHERE "code" = 'naberezhnye-chelny') AS chelny,
         (SELECT array_agg("id" ORDER BY "id") FROM "territory" WHERE "code" NOT IN ('kazan', 'naberezhnye-chelny')) AS others,
         (SELECT array_agg("id" ORDER BY "id") FROM "portal_user" WHERE "email" LIKE 'bench-%') AS users,
         (SELECT coalesce(array_agg("id"), '{}') FROM "staff" WHERE "territoryId" = (SELECT "id" FROM "territory" WHERE "code" = 'kazan') AND "role" IN ('caseworker', 'supervisor')) AS kazan_staff,
         (SELECT coalesce(array_agg("id"), '{}') FROM "staff" WHERE "territoryId" = (SELECT "id" FROM "territory" WHERE "code" = 'naberezhnye-chelny') AND "role" IN ('caseworker', 'supervisor')) AS chelny_staff
), s AS (
  SELECT nextval('application_id_seq') AS id, g, random() AS r_territory, random() AS r_other, random() AS r_service, random() AS r_status,
         random() AS r_age, random() AS r_amount, (random() * 1000000)::int AS r_name, random() AS r_user, random() AS r_staff,
         random() AS r_channel, random() AS r_paper, random() AS r_days
  FROM generate_series(1, $1::int) AS g
), u AS (
  SELECT s.*,
    CASE WHEN r_territory < 0.33 THEN t.kazan WHEN r_territory < 0.50 THEN t.chelny ELSE t.others[1 + floor(r_other * array_length(t.others, 1))::int] END AS territory_id,
    CASE WHEN r_service < 0.5 THEN 'kindergarten-basic' WHEN r_service < 0.7 THEN 'kindergarten-additional' ELSE 'child-allowance' END AS service_id,
    (CASE
      WHEN r_status < 0.05 THEN 'draft' WHEN r_status < 0.07 THEN 'submitted' WHEN r_status < 0.22 THEN 'registered'
      WHEN r_status < 0.37 THEN 'in_review' WHEN r_status < 0.42 THEN 'docs_requested' WHEN r_status < 0.45 THEN 'docs_provided'
      WHEN r_status < 0.70 THEN 'approved' WHEN r_status < 0.75 THEN 'assigned' WHEN r_status < 0.93 THEN 'rejected'
      WHEN r_status < 0.97 THEN 'returned' ELSE 'withdrawn' END)::"ApplicationStatus" AS status,
    ($2::text[])[1 + r_name % 14] || ($3::text[])[1 + (r_name / 14) % 14] || ($4::text[])[1 + (r_name / 196) % 14] || CASE WHEN r_name % 2 = 0 THEN 'ова' ELSE 'ов' END AS surname,
    lpad(((g::bigint * 7919 + r_name) % 100000000000)::text, 11, '0') AS snils,
    t.users[1 + floor(r_user * array_length(t.users, 1))::int] AS user_id,
    t.kazan_staff, t.chelny_staff, t.kazan, t.chelny
  FROM s, t
), c AS (
  SELECT u.*,
    (CASE
      WHEN r_channel < CASE WHEN territory_id = kazan THEN 0.78 WHEN territory_id = chelny THEN 0.70 ELSE 0.35 + (territory_id % 7) * 0.05 END THEN 'portal'
      WHEN r_paper < 0.6 THEN 'in_person' WHEN r_paper < 0.9 THEN 'mfc' ELSE 'post' END)::"ApplicationChannel" AS channel,
    3 + floor(r_days * 12)::int AS working_days
  FROM u
), v AS (
  -- What still waits for a decision was sent lately (a few overdue); the rest over two years.
  SELECT c.*, date_trunc('milliseconds', (now() AT TIME ZONE 'UTC') - r_age * CASE
           WHEN status IN ('submitted', 'registered', 'in_review', 'docs_requested', 'docs_provided') THEN interval '20 days'
           ELSE interval '730 days' END) AS sent_at
  FROM c
)
INSERT INTO "application" (
  "id", "number", "userId", "serviceId", "status", "version", "answers", "completedSteps", "esiaFields", "esiaLevel", "territoryId",
  "applicantSurname", "applicantSnils", "eligibility", "amountKopecks", "decisionDue", "assignedStaffId", "createdAt", "updatedAt", "submittedAt", "decidedAt",
  "channel", "decisionWorkingDays")
SELECT
  id,
  CASE WHEN status = 'draft' THEN NULL ELSE '16-' || to_char(sent_at, 'YYYY') || '-' || lpad(id::text, 7, '0') END,
  user_id, service_id, status, 3,
  jsonb_build_object(
    'applicant', jsonb_build_object('lastName', initcap(surname), 'firstName', 'Алия', 'middleName', 'Ринатовна', 'birthDate', '14.03.1990', 'gender', 'F',
                                    'snils', substr(snils, 1, 3) || '-' || substr(snils, 4, 3) || '-' || substr(snils, 7, 3) || ' ' || substr(snils, 10, 2), 'role', 'mother', 'phone', '+7917' || substr(snils, 1, 7)),
    'address', jsonb_build_object('territory', 'kazan', 'postcode', '420000', 'registrationAddress', 'г. Казань, ул. Баумана, д. ' || (g % 90 + 1) || ', кв. ' || (g % 300 + 1), 'residenceSame', 'on'),
    'children', jsonb_build_object('children.0.lastName', initcap(surname), 'children.0.firstName', 'Амир', 'children.0.birthDate', '01.02.2021'),
    'payment', jsonb_build_object('method', 'card', 'bik', '049205603', 'account', '40817810' || lpad((g % 1000000000000)::text, 12, '0'))),
  ARRAY['applicant', 'address', 'children', 'payment', 'consent'],
  ARRAY['applicant.lastName', 'applicant.firstName', 'applicant.middleName', 'applicant.birthDate', 'applicant.snils'],
  -- The ESIA level at sending; a paper applicant mostly has no linked cabinet, some a simplified one.
  CASE WHEN channel = 'portal' THEN CASE WHEN r_days < 0.3 THEN 'confirmed' ELSE 'standard' END
       WHEN r_days < 0.25 THEN 'simplified' WHEN r_days < 0.35 THEN 'standard' END,
  -- A draft gets its territorial body only when it is sent (lib/applications/repository.ts).
  CASE WHEN status = 'draft' THEN NULL ELSE territory_id END,
  lower(surname),
  snils,
  jsonb_build_object('eligible', true, 'amountKopecks', 100000 + (r_amount * 400000)::int, 'explanation', jsonb_build_array('Сгенерировано для нагрузочного теста'),
                     'refusalReasons', '[]'::jsonb, 'period', jsonb_build_object('start', to_char(sent_at + interval '1 month', 'YYYY-MM'), 'months', 12),
                     'referenceDate', to_char(sent_at, 'YYYY-MM-DD'), 'uncertain', false),
  CASE WHEN status IN ('approved', 'assigned') THEN 100000 + (r_amount * 400000)::int END,
  -- Ten working days after the next working day: about two calendar weeks.
  CASE WHEN status = 'draft' THEN NULL ELSE to_char(sent_at + interval '15 days', 'YYYY-MM-DD') END,
  CASE
    WHEN status IN ('draft', 'submitted', 'registered') THEN NULL
    WHEN territory_id = kazan AND cardinality(kazan_staff) > 0 THEN kazan_staff[1 + floor(r_staff * cardinality(kazan_staff))::int]
    WHEN territory_id = chelny AND cardinality(chelny_staff) > 0 THEN chelny_staff[1 + floor(r_staff * cardinality(chelny_staff))::int]
  END,
  sent_at, sent_at,
  CASE WHEN status = 'draft' THEN NULL ELSE sent_at END,
  CASE WHEN status IN ('approved', 'assigned', 'rejected', 'returned') THEN sent_at + working_days * interval '1.4 days' END,
  CASE WHEN status = 'draft' THEN 'portal' ELSE channel END,
  CASE WHEN status IN ('approved', 'assigned', 'rejected') THEN working_days END
FROM v`;

// A bulk load, not the portal's own writes: the aggregate trigger, the secondary indexes and the
// foreign keys of "application" are off while loading and put back after. Building an index once
// over the loaded table is several times cheaper than keeping it row by row, and a foreign key
// added afterwards is checked in one join instead of a lookup per row. The definitions are read
// from the catalogue first and always restored (finally), so an interrupted run leaves the schema whole.
await client.query(`SET maintenance_work_mem = '512MB'`);
await client.query(`SET synchronous_commit = off`);
const { rows: indexes } = await client.query(
  `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
   FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
   WHERE x.indrelid = '"application"'::regclass AND NOT x.indisprimary`,
);
const { rows: foreignKeys } = await client.query(
  `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = '"application"'::regclass AND contype = 'f'`,
);
const step = async (label, work) => {
  const at = Date.now();
  await work();
  console.log(`${label} in ${((Date.now() - at) / 1000).toFixed(1)} s`);
};
await client.query(`ALTER TABLE "application" DISABLE TRIGGER "application_statistics"`);
for (const key of foreignKeys) await client.query(`ALTER TABLE "application" DROP CONSTRAINT "${key.name}"`);
for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
// The batches, and then the index builds, share `connections` sessions: two cores do twice the work.
const workers = [client];
for (let i = 1; i < connections; i += 1) {
  const extra = new pg.Client({ connectionString: values.url });
  await extra.connect();
  await extra.query(`SET maintenance_work_mem = '512MB'`);
  await extra.query(`SET synchronous_commit = off`);
  workers.push(extra);
}
const inParallel = async (jobs) => {
  const queue = [...jobs];
  await Promise.all(
    workers.map(async (worker) => {
      for (let job = queue.shift(); job; job = queue.shift()) await job(worker);
    }),
  );
};
let done = 0;
const loadStarted = Date.now();
try {
  const sizes = [];
  for (let left = count; left > 0; left -= batch) sizes.push(Math.min(batch, left));
  await inParallel(
    sizes.map((size) => async (worker) => {
      await worker.query(sql, [size, STEMS_A, STEMS_B, STEMS_C]);
      done += size;
      console.log(`${done} / ${count} applications (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }),
  );
  console.log(`rows inserted at ${Math.round(count / ((Date.now() - loadStarted) / 1000))} applications/s`);
} finally {
  await step(`${indexes.length} indexes rebuilt`, () =>
    inParallel(indexes.map((index) => (worker) => worker.query(index.definition))),
  );
  await step(`${foreignKeys.length} foreign keys checked`, async () => {
    for (const key of foreignKeys)
      await client.query(`ALTER TABLE "application" ADD CONSTRAINT "${key.name}" ${key.definition}`);
  });
  await client.query(`ALTER TABLE "application" ENABLE TRIGGER "application_statistics"`);
  for (const worker of workers.slice(1)) await worker.end();
}
await step("dashboard aggregates recomputed", () => client.query(`SELECT "application_statistics_rebuild"()`));
await client.query(`ANALYZE "application"`);
for (const table of ["application_channel_count", "application_status_count", "application_esia_level_count"])
  await client.query(`ANALYZE "${table}"`);
await client.query(`ANALYZE "application_decision_days"`);
await client.query(`ANALYZE "application_awaiting_count"`);
const { rows } = await client.query(
  `SELECT count(*)::int AS total, count(*) FILTER (WHERE "territoryId" = (SELECT "id" FROM "territory" WHERE "code" = 'kazan'))::int AS kazan FROM "application"`,
);
console.log(
  `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows[0].total} applications in the database, ${rows[0].kazan} of them Kazan's`,
);
await client.end();
