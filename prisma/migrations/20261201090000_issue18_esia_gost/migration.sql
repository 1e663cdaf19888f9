-- AlterTable
ALTER TABLE "esia_mock_client" ADD COLUMN "tokenAlgorithm" TEXT NOT NULL DEFAULT 'RS256';

-- CreateTable
CREATE TABLE "esia_mock_gost_signing_key" (
    "kid" TEXT NOT NULL,
    "privateKeyPem" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "esia_mock_gost_signing_key_pkey" PRIMARY KEY ("kid")
);
