import type { PrismaClient } from "../generated/prisma/client";
import type { ApplicationWithBody } from "./receipt";

// Which application a person may have a receipt for: their own, and only once it was sent. One
// query answers both, so a stranger's application, a draft and a missing id look the same (null).

/** The largest id PostgreSQL's INTEGER holds: anything longer is not an id. */
const MAX_ID = 2_147_483_647;

/** The id from the address, or null if it cannot be one. */
export function parseApplicationId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ID ? id : null;
}

export function findReceiptApplication(
  db: Pick<PrismaClient, "application">,
  id: number,
  userId: number,
): Promise<ApplicationWithBody | null> {
  return db.application.findFirst({
    where: { id, userId, status: { not: "draft" } },
    include: { territory: { include: { territorialBody: true } } },
  });
}
