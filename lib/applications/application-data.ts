import type { z } from "zod";
import type { ServiceId } from "../benefits/services";
import {
  addressSchema,
  applicantSchema,
  checkStep,
  consentSchema,
  familySchema,
  kindergartenSchema,
  paymentSchema,
  type childrenSchema,
} from "./schemas";
import { stepsOf, type Answers, type StepId } from "./steps";

// A whole application, each step parsed by its schema: what eligibility, the summary and the
// receipt work from. Parsing again at submission means nothing stored unchecked is ever used.

export interface ApplicationData {
  applicant: z.output<typeof applicantSchema>;
  address: z.output<typeof addressSchema>;
  children: z.output<ReturnType<typeof childrenSchema>>;
  kindergarten?: z.output<typeof kindergartenSchema>;
  family?: z.output<typeof familySchema>;
  payment: z.output<typeof paymentSchema>;
  consent: z.output<typeof consentSchema>;
}

export type ParsedApplication = { ok: true; data: ApplicationData } | { ok: false; invalidSteps: StepId[] };

export function parseApplication(serviceId: ServiceId, answers: Answers): ParsedApplication {
  const data: Record<string, unknown> = {};
  const invalidSteps: StepId[] = [];
  for (const step of stepsOf(serviceId)) {
    const result = checkStep(serviceId, step, answers[step] ?? {});
    if (result.ok) data[step] = result.data;
    else invalidSteps.push(step);
  }
  if (invalidSteps.length > 0) return { ok: false, invalidSteps };
  const parsed = data as unknown as ApplicationData;
  // The kindergarten step names a child by its row; a child removed later makes it stale.
  if (parsed.kindergarten && !parsed.children.children[Number(parsed.kindergarten.child)])
    return { ok: false, invalidSteps: ["kindergarten"] };
  return { ok: true, data: parsed };
}
