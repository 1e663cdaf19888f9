// What the applicant's status page reads from the status history: the latest request for
// documents and the latest decision, with the details the caseworker stored on them.

export interface HistoryEvent {
  toStatus: string;
  at: Date;
  reasonCode: string | null;
  details: unknown;
}

export interface DocumentRequest {
  at: Date;
  requestedDocuments: string[];
  message: string | null;
}

export interface Decision {
  status: "approved" | "rejected";
  reasonCode: string | null;
  startMonth: string | null;
  months: number | null;
}

function details(event: HistoryEvent): Record<string, unknown> {
  return typeof event.details === "object" && event.details !== null ? (event.details as Record<string, unknown>) : {};
}

function latest(events: readonly HistoryEvent[], statuses: readonly string[]): HistoryEvent | undefined {
  return events.reduce<HistoryEvent | undefined>(
    (found, event) => (statuses.includes(event.toStatus) && (!found || event.at >= found.at) ? event : found),
    undefined,
  );
}

export function lastDocumentRequest(events: readonly HistoryEvent[]): DocumentRequest | null {
  const event = latest(events, ["docs_requested"]);
  if (!event) return null;
  const { requestedDocuments, message } = details(event);
  return {
    at: event.at,
    requestedDocuments: Array.isArray(requestedDocuments)
      ? requestedDocuments.filter((d): d is string => typeof d === "string")
      : [],
    message: typeof message === "string" && message ? message : null,
  };
}

export function lastDecision(events: readonly HistoryEvent[]): Decision | null {
  const event = latest(events, ["approved", "rejected"]);
  if (!event) return null;
  const { startMonth, months } = details(event);
  return {
    status: event.toStatus as Decision["status"],
    reasonCode: event.reasonCode,
    startMonth: typeof startMonth === "string" ? startMonth : null,
    months: typeof months === "number" ? months : null,
  };
}
