import { z } from "zod";

// zod's own messages are English and schema-made («Invalid input: expected "on"»). Every field
// schema of the portal writes its message for people; this is the fallback for an issue a
// schema did not word (a value of the wrong type posted by hand, a list that is not a list),
// installed as zod's locale so that no message the portal shows can be English. It is imported
// by lib/validation/fields.ts, which every form schema uses, so it is in place by construction.

type Issue = z.core.$ZodRawIssue;

/** A message in Russian for any zod issue; never mentions types or codes. */
export function russianMessage(issue: Issue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return "Добавьте хотя бы одну запись";
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "Заполните поле" : `Не короче ${String(issue.minimum)} символов`;
      return "Слишком маленькое значение";
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return `Не больше ${String(issue.maximum)} записей`;
      if (issue.origin === "string") return `Не длиннее ${String(issue.maximum)} символов`;
      return "Слишком большое значение";
    case "invalid_value":
    case "invalid_union":
      return "Выберите одно из предложенных значений";
    case "invalid_format":
      return "Проверьте, как введено значение";
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? "Заполните поле"
        : "Проверьте значение";
    default:
      return "Проверьте значение";
  }
}

z.config({ localeError: russianMessage });
