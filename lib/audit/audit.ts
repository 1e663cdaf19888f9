import type { PrismaClient } from "../generated/prisma/client";
import { redactPersonalData } from "../logging/redact";

// The append-only audit log: who, what, about whom, when, from where. Details never carry
// personal data (they pass through the log redactor); the table refuses UPDATE and DELETE.

export type AuditActor =
  | { type: "user"; id: number }
  | { type: "staff"; id: number; role: string }
  | { type: "anonymous" }
  | { type: "system" };

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  subject?: string;
  outcome: "success" | "refused" | "failed";
  ip?: string | null;
  details?: Record<string, unknown>;
  /** The territorial body concerned (casework entries): a supervisor sees their territory's entries. */
  territoryId?: number | null;
}

type AuditWriter = Pick<PrismaClient, "auditEvent">;

export async function audit(prisma: AuditWriter, entry: AuditEntry): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      actorType: entry.actor.type,
      actorId: "id" in entry.actor ? String(entry.actor.id) : null,
      action: entry.action,
      subject: entry.subject ?? null,
      outcome: entry.outcome,
      ip: entry.ip ?? null,
      territoryId: entry.territoryId ?? null,
      details: redactPersonalData({
        ...(entry.actor.type === "staff" ? { role: entry.actor.role } : {}),
        ...entry.details,
      }) as object,
    },
  });
}
