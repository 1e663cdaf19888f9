import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../security/passwords";
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from "./demo-staff";
import { sealTotpSecret } from "./totp";

/**
 * The demo staff (lib/staff/demo-staff.ts), called only from seedDemoData, i.e. only when
 * SEED_DEMO_DATA is on. Idempotent: every start puts the accounts back to their documented state
 * (password, role, territory, active, enrolled) and seals the fixed secret again, since the
 * sealing key follows AUTH_SECRET. The last accepted TOTP step is kept, so no code is reusable.
 * Needs the territories seeded first.
 */
export async function seedDemoStaff(prisma: PrismaClient, now = new Date()): Promise<number> {
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  const codes = DEMO_STAFF.map((staff) => staff.territoryCode).filter((code): code is string => code !== null);
  const territories = await prisma.territory.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true },
  });
  const territoryId = new Map(territories.map((territory) => [territory.code, territory.id]));
  await prisma.$transaction(async (tx) => {
    for (const demo of DEMO_STAFF) {
      const territory = demo.territoryCode === null ? null : territoryId.get(demo.territoryCode);
      if (territory === undefined)
        throw new Error(`Demo staff ${demo.login}: territory "${demo.territoryCode}" is not seeded`);
      const account = { passwordHash, fullName: demo.fullName, role: demo.role, territoryId: territory, active: true };
      const { id, totpEnrolledAt } = await tx.staff.upsert({
        where: { login: demo.login },
        create: { login: demo.login, ...account },
        update: account,
      });
      await tx.staff.update({
        where: { id },
        data: { totpSecret: sealTotpSecret(demo.totpSecret, id), totpEnrolledAt: totpEnrolledAt ?? now },
      });
    }
  });
  return DEMO_STAFF.length;
}
