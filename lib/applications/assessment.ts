import type { IsoDate } from "../benefits/calendar";
import { BENEFIT_SERVICES, type ServiceId } from "../benefits/services";
import { meetsLevel } from "../esia/assurance";
import { parseApplication, type ParsedApplication } from "./application-data";
import { missingAttachments, type AttachmentSlot } from "./attachment-slots";
import { computeEligibility, type EligibilityOutcome } from "./eligibility";
import type { Answers } from "./steps";

// One judgement of a draft as a whole, with no database: «Проверьте заявление» shows it and
// sending (repository.ts submitApplication) requires it, so the two can never disagree.

/** A draft's answers judged as a whole: what the review page shows and what sending requires. */
export interface DraftAssessment {
  parsed: ParsedApplication;
  /** The portal's preliminary calculation; null while a step does not parse. */
  estimate: EligibilityOutcome | null;
  levelMet: boolean;
  missingAttachments: AttachmentSlot[];
}

/** answers → parse → eligibility → level check: one chain for «Проверьте заявление» and for sending. */
export function assessDraft(
  serviceId: ServiceId,
  answers: Answers,
  attachments: readonly { slot: string }[],
  esiaLevel: string | null | undefined,
  today: IsoDate,
): DraftAssessment {
  const parsed = parseApplication(serviceId, answers);
  return {
    parsed,
    estimate: parsed.ok ? computeEligibility(serviceId, parsed.data, today) : null,
    levelMet: meetsLevel(esiaLevel, BENEFIT_SERVICES[serviceId].requiredEsiaLevel),
    missingAttachments: parsed.ok ? missingAttachments(serviceId, parsed.data.applicant.role, attachments) : [],
  };
}
