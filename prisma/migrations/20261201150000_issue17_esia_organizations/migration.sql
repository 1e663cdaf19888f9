-- Organisation accounts of the mock ESIA (decision 0021)
CREATE TABLE "esia_mock_organization" (
    "id" SERIAL NOT NULL,
    "oid" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "ogrn" TEXT NOT NULL,
    "inn" TEXT NOT NULL,
    "kpp" TEXT,
    "fullName" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "leg" TEXT,
    "agencyType" TEXT,
    "agencyTerRange" TEXT,
    "oktmo" TEXT,
    "branchName" TEXT,
    "zipCode" TEXT,
    "legalAddress" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "esia_mock_organization_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "esia_mock_organization_oid_key" ON "esia_mock_organization"("oid");
CREATE UNIQUE INDEX "esia_mock_organization_ogrn_kpp_key" ON "esia_mock_organization"("ogrn", "kpp");

CREATE TABLE "esia_mock_org_employee" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "chief" BOOLEAN NOT NULL DEFAULT false,
    "admin" BOOLEAN NOT NULL DEFAULT false,
    "groups" TEXT[],
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),
    CONSTRAINT "esia_mock_org_employee_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "esia_mock_org_employee_organizationId_accountId_key" ON "esia_mock_org_employee"("organizationId", "accountId");
CREATE INDEX "esia_mock_org_employee_accountId_idx" ON "esia_mock_org_employee"("accountId");
ALTER TABLE "esia_mock_org_employee" ADD CONSTRAINT "esia_mock_org_employee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "esia_mock_organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "esia_mock_org_employee" ADD CONSTRAINT "esia_mock_org_employee_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "esia_mock_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "esia_mock_auth_request" ADD COLUMN "orgScope" TEXT;
ALTER TABLE "esia_mock_auth_code" ADD COLUMN "orgOid" INTEGER;
ALTER TABLE "esia_mock_refresh_token" ADD COLUMN "orgOid" INTEGER;
