import type { getTranslations } from "next-intl/server";
import type { FormFrameWords } from "@/components/forms/fields";

// Apart from the step's FormMessages (form-messages.tsx): a page that imports that module gets
// next-intl's client runtime in its JavaScript (12 kB gzip) whether it renders the provider or
// not, and check-your-answers and the status page need only these three strings.

/** The form frame's own words (error summary title, «Ошибка: ») for a form rendered from a server page. */
export function formFrameWords(t: Awaited<ReturnType<typeof getTranslations<"form">>>): FormFrameWords {
  return { errorPrefix: t("errorPrefix"), summaryTitle: t("summaryTitle"), failedTitle: t("failedTitle") };
}
