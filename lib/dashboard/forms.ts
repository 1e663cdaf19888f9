import { z } from "zod";
import "../validation/russian-messages";

/** «Целевая доля электронных заявлений» (the ministry's form). */
export const targetForm = z.object({
  percent: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "Введите целое число процентов от 1 до 100")
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, "Введите целое число процентов от 1 до 100")
        .max(100, "Введите целое число процентов от 1 до 100"),
    ),
});
