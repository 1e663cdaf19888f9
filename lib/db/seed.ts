import type { PrismaClient } from "../generated/prisma/client";
import { TATARSTAN_TERRITORIES, territorialBodyName } from "../reference/territories";
import { seedDemoStaff } from "../staff/seed";
import { seedDemoApplications } from "./demo-applications";

/** Upserts the 45 territories and their bodies. Idempotent: safe at every start. */
export async function seedTerritories(prisma: PrismaClient): Promise<number> {
  await prisma.$transaction(async (tx) => {
    for (const territory of TATARSTAN_TERRITORIES) {
      const { id } = await tx.territory.upsert({
        where: { code: territory.code },
        create: territory,
        update: { name: territory.name, kind: territory.kind, administrativeCentre: territory.administrativeCentre },
      });
      const name = territorialBodyName(territory);
      await tx.territorialBody.upsert({
        where: { territoryId: id },
        create: { territoryId: id, name },
        update: { name },
      });
    }
  });
  return TATARSTAN_TERRITORIES.length;
}

/** Demo data for local runs and tests. Later features add their personas here. */
export async function seedDemoData(prisma: PrismaClient, options: { applications?: boolean } = {}): Promise<void> {
  await seedTerritories(prisma);
  await seedDemoStaff(prisma);
  // After the staff: demo applications in work are assigned to the demo caseworkers.
  if (options.applications) await seedDemoApplications(prisma);
}
