import { z } from "zod";
import "../validation/russian-messages";
import type { PrismaClient } from "../generated/prisma/client";
import { isScenarioName, SCENARIOS } from "./scenarios";
import { registerClient } from "./seed";
import { TOKEN_ALGORITHMS, type TokenAlgorithm } from "./tokens";

// Runtime controls for tests and demos: which failure an account plays, which systems are
// registered (the technology portal's job at real ESIA), what the outbox holds.

export const scenarioRequest = z
  .object({
    personaKey: z.string().optional(),
    oid: z.number().int().optional(),
    scenario: z.string().nullable(),
  })
  .refine((value) => value.personaKey || value.oid, "personaKey или oid обязателен")
  .refine((value) => value.scenario === null || isScenarioName(value.scenario), {
    message: `scenario должен быть одним из: ${Object.keys(SCENARIOS).join(", ")} или null`,
  });

export async function setScenario(prisma: PrismaClient, request: z.infer<typeof scenarioRequest>): Promise<boolean> {
  const where = request.personaKey ? { personaKey: request.personaKey } : { oid: request.oid! };
  const updated = await prisma.esiaAccount.updateMany({ where, data: { scenario: request.scenario } });
  return updated.count === 1;
}

export const clientRequest = z.object({
  clientId: z.string().regex(/^[A-Z0-9_]{3,32}$/),
  name: z.string().min(1).max(200),
  certificatePem: z.string().includes("BEGIN CERTIFICATE"),
  redirectUris: z.array(z.url()).min(1),
  allowedScopes: z.array(z.string()).optional(),
  subjectFormat: z.enum(["number", "string"]).optional(),
  tokenAlgorithm: z.enum(TOKEN_ALGORITHMS as [TokenAlgorithm, ...TokenAlgorithm[]]).optional(),
});

export async function registerClientFromRequest(
  prisma: PrismaClient,
  request: z.infer<typeof clientRequest>,
): Promise<void> {
  await registerClient(prisma, {
    clientId: request.clientId,
    name: request.name,
    certificatePem: request.certificatePem,
    redirectUris: request.redirectUris,
    ...(request.allowedScopes ? { allowedScopes: request.allowedScopes } : {}),
    ...(request.subjectFormat ? { subjectFormat: request.subjectFormat } : {}),
    ...(request.tokenAlgorithm ? { tokenAlgorithm: request.tokenAlgorithm } : {}),
  });
}

export async function outbox(prisma: PrismaClient, recipient: string | null, take = 50) {
  return prisma.esiaOutboxMessage.findMany({
    where: recipient ? { recipient } : {},
    orderBy: { id: "desc" },
    take,
  });
}
