-- CreateEnum
CREATE TYPE "EsiaLevel" AS ENUM ('simplified', 'standard', 'confirmed');

-- CreateEnum
CREATE TYPE "EsiaAccountStatus" AS ENUM ('REGISTERED', 'DELETED');

-- CreateTable
CREATE TABLE "throttle_counter" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "throttle_counter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "esia_mock_account" (
    "id" SERIAL NOT NULL,
    "oid" INTEGER NOT NULL,
    "personaKey" TEXT,
    "status" "EsiaAccountStatus" NOT NULL DEFAULT 'REGISTERED',
    "level" "EsiaLevel" NOT NULL DEFAULT 'simplified',
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "gender" TEXT,
    "birthDate" TEXT,
    "birthPlace" TEXT,
    "citizenship" TEXT,
    "snils" TEXT,
    "inn" TEXT,
    "mobile" TEXT,
    "mobileVerified" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "scenario" TEXT,
    "confirmedBy" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "esia_mock_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_document" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "vrfStu" TEXT NOT NULL DEFAULT 'NOT_VERIFIED',
    "series" TEXT,
    "number" TEXT NOT NULL,
    "issueDate" TEXT,
    "issueId" TEXT,
    "issuedBy" TEXT,

    CONSTRAINT "esia_mock_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_address" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "zipCode" TEXT,
    "region" TEXT NOT NULL,
    "city" TEXT,
    "district" TEXT,
    "settlement" TEXT,
    "street" TEXT,
    "house" TEXT,
    "building" TEXT,
    "flat" TEXT,
    "fiasCode" TEXT,

    CONSTRAINT "esia_mock_address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_kid" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "birthDate" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "snils" TEXT,
    "birthCertSeries" TEXT NOT NULL,
    "birthCertNumber" TEXT NOT NULL,
    "birthCertIssueDate" TEXT NOT NULL,
    "birthCertIssuedBy" TEXT,
    "birthCertActNo" TEXT,

    CONSTRAINT "esia_mock_kid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_data_check" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "submitted" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'verifying',
    "pfrResult" TEXT,
    "fmsResult" TEXT,
    "reason" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completesAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "esia_mock_data_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_mail_code" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "esia_mock_mail_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_pending_verification" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "lastName" TEXT,
    "firstName" TEXT,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "accountId" INTEGER,

    CONSTRAINT "esia_mock_pending_verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_session" (
    "id" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "authMethod" TEXT NOT NULL DEFAULT 'PWD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "esia_mock_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_client" (
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "certificateHash" TEXT NOT NULL,
    "redirectUris" TEXT[],
    "allowedScopes" TEXT[],
    "subjectFormat" TEXT NOT NULL DEFAULT 'number',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "esia_mock_client_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "esia_mock_auth_request" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "accessType" TEXT NOT NULL,
    "personFilter" TEXT,
    "codeChallenge" TEXT,
    "codeChallengeMethod" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "esia_mock_auth_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "esia_mock_auth_code" (
    "jti" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "accessType" TEXT NOT NULL,
    "codeChallenge" TEXT,
    "codeChallengeMethod" TEXT,
    "sessionId" TEXT NOT NULL,
    "authTime" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "esia_mock_auth_code_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "esia_mock_refresh_token" (
    "tokenHash" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "rotatedAt" TIMESTAMP(3),

    CONSTRAINT "esia_mock_refresh_token_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "esia_mock_signing_key" (
    "kid" TEXT NOT NULL,
    "privateJwk" JSONB NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "esia_mock_signing_key_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "esia_mock_outbox_message" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "esia_mock_outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "esia_mock_account_oid_key" ON "esia_mock_account"("oid");

-- CreateIndex
CREATE UNIQUE INDEX "esia_mock_account_personaKey_key" ON "esia_mock_account"("personaKey");

-- CreateIndex
CREATE UNIQUE INDEX "esia_mock_account_snils_key" ON "esia_mock_account"("snils");

-- CreateIndex
CREATE UNIQUE INDEX "esia_mock_account_mobile_key" ON "esia_mock_account"("mobile");

-- CreateIndex
CREATE UNIQUE INDEX "esia_mock_account_email_key" ON "esia_mock_account"("email");

-- CreateIndex
CREATE INDEX "esia_mock_document_accountId_idx" ON "esia_mock_document"("accountId");

-- CreateIndex
CREATE INDEX "esia_mock_address_accountId_idx" ON "esia_mock_address"("accountId");

-- CreateIndex
CREATE INDEX "esia_mock_kid_accountId_idx" ON "esia_mock_kid"("accountId");

-- CreateIndex
CREATE INDEX "esia_mock_data_check_accountId_submittedAt_idx" ON "esia_mock_data_check"("accountId", "submittedAt");

-- CreateIndex
CREATE INDEX "esia_mock_mail_code_accountId_idx" ON "esia_mock_mail_code"("accountId");

-- CreateIndex
CREATE INDEX "esia_mock_session_accountId_idx" ON "esia_mock_session"("accountId");

-- CreateIndex
CREATE INDEX "esia_mock_outbox_message_recipient_createdAt_idx" ON "esia_mock_outbox_message"("recipient", "createdAt");

-- AddForeignKey
ALTER TABLE "esia_mock_document" ADD CONSTRAINT "esia_mock_document_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "esia_mock_address" ADD CONSTRAINT "esia_mock_address_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "esia_mock_kid" ADD CONSTRAINT "esia_mock_kid_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "esia_mock_data_check" ADD CONSTRAINT "esia_mock_data_check_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "esia_mock_mail_code" ADD CONSTRAINT "esia_mock_mail_code_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "esia_mock_session" ADD CONSTRAINT "esia_mock_session_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
