import type { ServiceId } from "../benefits/services";

// What the forms need to know about attachments — the slots, their names, the limits and the
// messages — without the server's file handling (lib/applications/attachments.ts, Node's crypto):
// the step's client components import this, so no browser copy of crypto ships with the form.

export type AttachmentSlot = "income" | "guardianship" | "surnameChange" | "other" | "requested";

export const ATTACHMENT_SLOTS: Record<AttachmentSlot, string> = {
  income: "Справки о доходах членов семьи за 3 месяца",
  guardianship: "Акт об установлении опеки (попечительства)",
  surnameChange: "Документ о перемене фамилии",
  other: "Иные документы",
  requested: "Документы по запросу специалиста",
};

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_APPLICATION = 20;

/** The slots the applicant may fill for a service; required ones must hold a file before sending. */
export function attachmentSlotsFor(
  serviceId: ServiceId,
  role: string | undefined,
): { slot: AttachmentSlot; required: boolean }[] {
  const meansTested = serviceId !== "kindergarten-basic";
  const guardian = role === "guardian" || role === "custodian";
  return [
    ...(meansTested ? [{ slot: "income" as const, required: true }] : []),
    { slot: "guardianship", required: guardian },
    { slot: "surnameChange", required: false },
    { slot: "other", required: false },
  ];
}

export type AttachmentProblem = "empty" | "tooLarge" | "type" | "tooMany";

export const ATTACHMENT_MESSAGES: Record<AttachmentProblem, string> = {
  empty: "Выберите файл",
  tooLarge: `Файл больше ${MAX_ATTACHMENT_BYTES / 1024 / 1024} МБ: уменьшите его или разделите на части`,
  type: "Можно прикрепить только PDF, JPG или PNG",
  tooMany: `К заявлению можно прикрепить не больше ${MAX_ATTACHMENTS_PER_APPLICATION} файлов`,
};

/** Required slots without a file. */
export function missingAttachments(
  serviceId: ServiceId,
  role: string | undefined,
  attachments: readonly { slot: string }[],
): AttachmentSlot[] {
  return attachmentSlotsFor(serviceId, role)
    .filter((s) => s.required && !attachments.some((a) => a.slot === s.slot))
    .map((s) => s.slot);
}
