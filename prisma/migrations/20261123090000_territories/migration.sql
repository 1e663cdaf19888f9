-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('municipal_district', 'urban_okrug');

-- CreateTable
CREATE TABLE "territory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "administrativeCentre" TEXT NOT NULL,

    CONSTRAINT "territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territorial_body" (
    "id" SERIAL NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "territorial_body_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "territory_code_key" ON "territory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "territorial_body_territoryId_key" ON "territorial_body"("territoryId");

-- AddForeignKey
ALTER TABLE "territorial_body" ADD CONSTRAINT "territorial_body_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
