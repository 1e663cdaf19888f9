import { z } from "zod";
import "../validation/russian-messages";
import { isRefusalReason, type RefusalReason } from "../benefits/reasons";

// Application.eligibility as the citizen side stores it when the application is sent: whether the
// rules grant the benefit, the amount, how it was computed, and the payment period. Read
// defensively: a row written by an older version must not break the caseworker's page.

export interface StoredEligibility {
  /** null: the reference data has no figure for the case; the caseworker determines it. */
  eligible: boolean | null;
  amountKopecks: number | null;
  explanation: string[];
  refusalReasons: RefusalReason[];
  period: { start: string; months: number } | null;
  referenceDate: string | null;
  /** Some figure used is marked uncertain in the reference data. */
  uncertain: boolean;
}

const shape = z.object({
  eligible: z.boolean().nullable(),
  amountKopecks: z.number().int().nonnegative().nullable().catch(null),
  explanation: z.array(z.string()).catch([]),
  refusalReasons: z.array(z.string()).catch([]),
  period: z
    .object({ start: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), months: z.number().int().positive().max(120) })
    .nullable()
    .catch(null),
  referenceDate: z.string().nullable().catch(null),
  uncertain: z.boolean().catch(false),
});

export function readEligibility(value: unknown): StoredEligibility | null {
  const parsed = shape.safeParse(value);
  if (!parsed.success) return null;
  return { ...parsed.data, refusalReasons: parsed.data.refusalReasons.filter(isRefusalReason) };
}
