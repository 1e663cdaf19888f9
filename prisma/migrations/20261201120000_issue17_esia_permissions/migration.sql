-- AlterTable
ALTER TABLE "esia_mock_auth_request" ADD COLUMN "permissions" JSONB;
