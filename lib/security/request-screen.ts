import { hasUncleanText } from "../forms/clean-text";

// The edge's first look at a request (proxy.ts), before Next decodes anything: what would make
// Next or PostgreSQL fail with a 500 is answered here with 400 or 413 and a Russian page.
// Nothing here decides access; it only refuses what no page, form or handler of ours can mean.

/** The server actions' limit (next.config.mjs serverActions.bodySizeLimit): 12 MB. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
const ACTION_ID = /^[0-9a-f]{40,64}$/;

export type Screening = { ok: true } | { ok: false; status: 400 | 413; reason: string };
const refuse = (status: 400 | 413, reason: string): Screening => ({ ok: false, status, reason });
const OK: Screening = { ok: true };

/** Path and query: valid percent-encoded UTF-8, no control characters once decoded. */
export function screenAddress(pathname: string, search: string): Screening {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return refuse(400, "path_encoding");
  }
  if (hasUncleanText(path)) return refuse(400, "path_characters");
  return screenFormEncoded(search.startsWith("?") ? search.slice(1) : search);
}

/** A query string or an application/x-www-form-urlencoded body (the mock's token endpoint). */
export function screenFormEncoded(text: string): Screening {
  for (const part of text.split("&")) {
    try {
      if (hasUncleanText(decodeURIComponent(part.replace(/\+/g, " ")))) return refuse(400, "form_characters");
    } catch {
      return refuse(400, "form_encoding");
    }
  }
  return OK;
}

/** A declared body over the limit is refused before it is read. */
export function screenLength(contentLength: string | null): Screening {
  if (contentLength === null) return OK;
  const bytes = Number(contentLength);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return refuse(400, "content_length");
  return bytes > MAX_BODY_BYTES ? refuse(413, "too_large") : OK;
}

/** The Next-Action header names an action by its hex id; anything else is no action of ours. */
export function screenActionHeader(value: string | null): Screening {
  return value === null || ACTION_ID.test(value) ? OK : refuse(400, "action_id");
}

// React's reply format marks references with "$": "$Q1" (a Map in row 1), "$@2" (a promise)...
// A reference to a missing or ill-typed row makes Next's decoding throw, a 500. Our forms send
// only plain values, escaped strings ("$$…"), a few literals and "$K" (the submitted form); a
// no-JavaScript form's $ACTION_ rows also name their bound arguments with "$@".
const PLAIN_TAG = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d{1,40}$|K[0-9a-f]{1,8}$)/;
const BOUND_TAG = /^\$@[0-9a-f]{1,8}$/;

function onlyPlainReferences(value: unknown, allowBound: boolean, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string")
    return !value.startsWith("$") || PLAIN_TAG.test(value) || (allowBound && BOUND_TAG.test(value));
  if (Array.isArray(value)) return value.every((item) => onlyPlainReferences(item, allowBound, depth + 1));
  if (value && typeof value === "object")
    return Object.entries(value).every(
      ([key, item]) => onlyPlainReferences(key, false, depth + 1) && onlyPlainReferences(item, allowBound, depth + 1),
    );
  return true;
}

function decodable(text: string, allowBound: boolean): boolean {
  try {
    return onlyPlainReferences(JSON.parse(text), allowBound);
  } catch {
    return false;
  }
}

/**
 * A server action's body must be one React can decode: a JSON array as text, or a multipart
 * form whose numbered rows (and a no-JavaScript form's $ACTION_ rows) are JSON with only the
 * references above.
 */
export function screenActionText(body: string): Screening {
  try {
    const parsed: unknown = JSON.parse(body);
    return Array.isArray(parsed) && onlyPlainReferences(parsed, false) ? OK : refuse(400, "action_arguments");
  } catch {
    return refuse(400, "action_arguments");
  }
}

export function screenActionForm(form: FormData): Screening {
  for (const [name, value] of form.entries()) {
    const row = /^\d+$/.test(name);
    const actionRow = /^\$ACTION_\d+:\d+$/.test(name);
    if (!row && !actionRow) continue;
    if (typeof value !== "string" || !decodable(value, actionRow)) return refuse(400, "action_arguments");
  }
  return OK;
}
