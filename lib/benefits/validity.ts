import { formatRussianDate, type IsoDate } from "../validation/calendar-date";

// How long a dated rule holds, in words: shown beside each reference in an estimate, including
// in the browser, which needs only this of the rules (lib/benefits/estimate.ts stays on the server).

/** «действует с 01.01.2026 по 31.12.2028», or null for a rule without dates. */
export function formatValidity(reference: { validFrom?: IsoDate | null; validTo?: IsoDate | null }): string | null {
  if (!reference.validFrom) return null;
  const from = `действует с ${formatRussianDate(reference.validFrom)}`;
  return reference.validTo ? `${from} по ${formatRussianDate(reference.validTo)}` : from;
}
