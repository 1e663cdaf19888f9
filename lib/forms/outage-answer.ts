import { isConnectionError, noteDatabaseError } from "../db/outage";
import { submittedValues, type FormState } from "./form-state";

// A form posted while the database is away (docs/decisions/0015-scale-out.md): the action answers
// with the form as it was typed and a message, so the person presses the button again once the
// service is back instead of losing a long form to an error page. Any other error, and Next's
// redirect and not-found signals, go on as they were.

export const OUTAGE_FORM_MESSAGE =
  "Сервис временно недоступен: идут технические работы. Введенные данные сохранены на этой странице — повторите через несколько секунд.";

export async function answeringOutage<T>(formData: FormData, run: () => Promise<T>): Promise<T | FormState> {
  try {
    return await run();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    noteDatabaseError(error);
    return { errors: {}, values: submittedValues(formData), message: OUTAGE_FORM_MESSAGE, revision: Date.now() };
  }
}
