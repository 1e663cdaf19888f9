"use server";

import { formArgument, nameArgument } from "@/app/_lib/action-arguments";
import {
  estimateAdditionalCompensation,
  estimateBasicCompensation,
  estimateChildAllowance,
  type Estimate,
} from "@/lib/benefits/estimate";
import {
  additionalEstimateForm,
  allowanceEstimateForm,
  basicEstimateForm,
  ESTIMATE_FIELDS,
} from "@/lib/benefits/estimate-form";
import { isServiceId, type ServiceId } from "@/lib/benefits/services";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { estimateIn, type EstimateInLanguage } from "@/lib/i18n/estimate-lines";
import { translateFieldErrors } from "@/lib/i18n/field-messages";
import { parseLocale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import type { z } from "zod";

/**
 * The form's state, plus the estimate once the figures pass the form's checks, written in the
 * page's language here (its computation lines, amount, day and month).
 */
export type EstimateState = FormState & { estimate?: EstimateInLanguage };

/** The errors in the order the fields appear on the page, so the summary reads top to bottom. */
function inPageOrder(serviceId: ServiceId, errors: Record<string, string>): Record<string, string> {
  const order: readonly string[] = ESTIMATE_FIELDS[serviceId];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * «Рассчитать»: the same schema the browser ran, again on the server (it is the only check with
 * JavaScript off), then the estimate for today in Moscow. Nothing is stored: the page is public.
 */
export async function estimateAction(
  serviceId: string,
  _previous: EstimateState,
  formData: FormData,
): Promise<EstimateState> {
  serviceId = nameArgument(serviceId);
  formData = formArgument(formData);
  const locale = parseLocale(await getLocale());
  if (!isServiceId(serviceId))
    return withErrors({}, {}, (await getTranslations("fieldMessages.patterns"))("serviceNotFound"));
  const fields: readonly string[] = ESTIMATE_FIELDS[serviceId];
  const values = Object.fromEntries(
    Object.entries(submittedValues(formData)).filter(([name]) => fields.includes(name)),
  );
  const today = todayInMoscow();
  // A new revision with every answer: the form starts afresh from what the server says.
  const revision = Date.now();
  const invalid = (error: z.ZodError) => ({
    ...withErrors(values, translateFieldErrors(locale, inPageOrder(serviceId, fieldErrors(error)))),
    revision,
  });

  const result = (values: Record<string, string>, revision: number, estimate: Estimate): EstimateState => ({
    values,
    errors: {},
    revision,
    estimate: estimateIn(locale, estimate),
  });

  switch (serviceId) {
    case "kindergarten-basic": {
      const parsed = basicEstimateForm.safeParse(values);
      return parsed.success
        ? result(values, revision, estimateBasicCompensation(parsed.data, today))
        : invalid(parsed.error);
    }
    case "kindergarten-additional": {
      const parsed = additionalEstimateForm.safeParse(values);
      return parsed.success
        ? result(values, revision, estimateAdditionalCompensation(parsed.data, today))
        : invalid(parsed.error);
    }
    case "child-allowance": {
      const parsed = allowanceEstimateForm.safeParse(values);
      return parsed.success
        ? result(values, revision, estimateChildAllowance(parsed.data, today))
        : invalid(parsed.error);
    }
  }
}
