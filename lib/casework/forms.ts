import { z } from "zod";
import "../validation/russian-messages";
import { isRefusalReason, type RefusalReason } from "../benefits/reasons";

// The caseworker's decision forms, one zod schema each, run on the server by the actions. Every form
// carries the version of the application the caseworker was looking at (optimistic concurrency).

const version = z.coerce.number({ error: "Обновите страницу заявления" }).int().positive("Обновите страницу заявления");

/** «1 920,50», «1920.5», «1 920» → kopecks; null for anything else. */
export function parseRublesInput(input: string): number | null {
  const text = input
    .replace(/[\s\u00a0]/g, "")
    .replace(/₽$|руб\.?$/i, "")
    .replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, fraction = ""] = text.split(".") as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Kopecks as the amount field shows them: «1920,50». */
export function rublesInputValue(kopecks: number): string {
  return `${Math.floor(kopecks / 100)},${String(kopecks % 100).padStart(2, "0")}`;
}

export const versionForm = z.object({ version });

export const approveForm = z.object({
  version,
  amount: z
    .string()
    .trim()
    .min(1, "Укажите размер выплаты")
    .transform((value, ctx) => {
      const kopecks = parseRublesInput(value);
      if (kopecks === null) {
        ctx.addIssue({ code: "custom", message: "Введите сумму в рублях, например 1920,50" });
        return z.NEVER;
      }
      return kopecks;
    })
    .refine((kopecks) => kopecks > 0, "Размер выплаты должен быть больше нуля"),
  startMonth: z
    .string()
    .trim()
    .min(1, "Укажите месяц начала выплаты")
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Укажите месяц в формате ГГГГ-ММ"),
  months: z.coerce
    .number({ error: "Укажите срок в месяцах" })
    .int("Срок — целое число месяцев")
    .min(1, "Срок — от 1 до 120 месяцев")
    .max(120, "Срок — от 1 до 120 месяцев"),
  changeReason: z.string().trim().max(2000, "Не более 2000 символов").default(""),
});

export type ApproveInput = z.output<typeof approveForm>;

export const rejectForm = z.object({
  version,
  reasonCode: z
    .string()
    .refine(isRefusalReason, "Выберите причину отказа из списка")
    .transform((code) => code as RefusalReason),
  comment: z.string().trim().min(1, "Напишите комментарий для заявителя").max(2000, "Не более 2000 символов"),
});

export type RejectInput = z.output<typeof rejectForm>;

export const requestDocumentsForm = z
  .object({
    version,
    documents: z.array(z.string()).default([]),
    otherDocuments: z.string().max(2000, "Не более 2000 символов").default(""),
    message: z.string().trim().min(1, "Напишите сообщение заявителю").max(2000, "Не более 2000 символов"),
  })
  .transform((input) => ({
    version: input.version,
    documentCodes: [...new Set(input.documents)],
    otherDocuments: input.otherDocuments
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    message: input.message,
  }))
  .refine((input) => input.documentCodes.length + input.otherDocuments.length > 0, {
    path: ["documents"],
    message: "Отметьте хотя бы один документ или впишите другой",
  });

export type RequestDocumentsInput = z.output<typeof requestDocumentsForm>;

export const reassignForm = z.object({
  version,
  staffId: z.coerce.number({ error: "Выберите исполнителя" }).int().positive("Выберите исполнителя"),
});

export type ReassignInput = z.output<typeof reassignForm>;

/** FormData to the plain object the schemas read: repeated names (checkboxes) become arrays. */
export function formObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (arrays.includes(name)) result[name] = [...((result[name] as string[] | undefined) ?? []), value];
    else result[name] = value;
  }
  return result;
}
