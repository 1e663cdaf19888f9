-- The mock ESIA's first own migration. Its tables reached this schema from the portal's history
-- (prisma/migrations/20261201190000_issue16_esia_mock_schema); every later change to them is a
-- new folder here, applied by the mock's boot module (lib/esia-mock/boot.ts) and recorded in
-- esia_mock._migrations, never in the portal's ledger.
CREATE SCHEMA IF NOT EXISTS "esia_mock";
COMMENT ON SCHEMA "esia_mock" IS 'Имитатор ЕСИА (lib/esia-mock): учётные записи, клиенты, коды и токены тестового поставщика; таблицы портала на него не ссылаются';
