import { z } from "zod";
import "../validation/russian-messages";
import { addMonths, type YearMonth } from "../benefits/calendar";
import { SERVICE_IDS, type ServiceId } from "../benefits/services";

// «Показатели»: the filters in the query string (a GET form, so a filtered view is a link that
// works with JavaScript off). A bad value is ignored and its default used, never an error page.

export interface DashboardFilters {
  from: YearMonth;
  to: YearMonth;
  serviceId: ServiceId | null;
  /** A territory code (lib/reference/territories.ts); null for the whole republic. */
  territory: string | null;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const dashboardQuery = z.object({
  from: month.optional().catch(undefined),
  to: month.optional().catch(undefined),
  service: z
    .enum(SERVICE_IDS as [ServiceId, ...ServiceId[]])
    .optional()
    .catch(undefined),
  territory: z
    .string()
    .regex(/^[a-z-]{2,40}$/)
    .optional()
    .catch(undefined),
});

/** The last twelve months up to the current one, unless the query says otherwise (at most five years). */
export function parseDashboardQuery(
  query: Record<string, string | string[] | undefined> | URLSearchParams,
  currentMonth: YearMonth,
): DashboardFilters {
  const raw =
    query instanceof URLSearchParams
      ? Object.fromEntries(query)
      : Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = dashboardQuery.parse(raw);
  let to = parsed.to ?? currentMonth;
  let from = parsed.from ?? addMonths(to, -11);
  if (from > to) [from, to] = [to, from];
  if (from < addMonths(to, -59)) from = addMonths(to, -59);
  return { from, to, serviceId: parsed.service ?? null, territory: parsed.territory ?? null };
}

/** The query string of a filtered view (CSV links, the ranking's links to a territory). */
export function dashboardSearch(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.serviceId) params.set("service", filters.serviceId);
  if (filters.territory) params.set("territory", filters.territory);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
