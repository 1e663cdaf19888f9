-- The mock ESIA leaves the portal's schema for its own (decision 0022). Its tables were created by
-- the portal's early migrations; here they move, with their rows, sequences, indexes and keys, into
-- the schema esia_mock. From now on only the mock's own migrations (prisma/esia-mock/migrations)
-- change them, and no portal table refers to them.
CREATE SCHEMA IF NOT EXISTS "esia_mock";

ALTER TABLE "esia_mock_account" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_organization" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_org_employee" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_document" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_address" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_kid" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_data_check" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_mail_code" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_pending_verification" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_session" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_client" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_auth_request" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_auth_code" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_refresh_token" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_signing_key" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_gost_signing_key" SET SCHEMA "esia_mock";
ALTER TABLE "esia_mock_outbox_message" SET SCHEMA "esia_mock";

ALTER TYPE "EsiaLevel" SET SCHEMA "esia_mock";
ALTER TYPE "EsiaAccountStatus" SET SCHEMA "esia_mock";
