import { z } from "zod";
// Every module with zod schemas installs the portal's fallback messages (components/client-boundary.test.ts).
import "../validation/russian-messages";

/**
 * The same schema with its messages in the page's language: it parses exactly as the original
 * and reports the same issues at the same paths, each message put through `translate`. Used in
 * the browser, so that the check there speaks the language the server answers in.
 */
export function translatedSchema<Output>(schema: z.ZodType<Output>, translate: (text: string) => string) {
  return z.unknown().transform((value, ctx): Output => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: translate(issue.message), input: issue.input });
    return z.NEVER;
  });
}
