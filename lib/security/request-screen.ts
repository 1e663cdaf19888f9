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

/**
 * A server action's body must be one React can decode: a JSON array as text, or a multipart
 * form whose numbered rows (and a no-JavaScript form's $ACTION_ fields) are JSON.
 */
export function screenActionText(body: string): Screening {
  try {
    return Array.isArray(JSON.parse(body)) ? OK : refuse(400, "action_arguments");
  } catch {
    return refuse(400, "action_arguments");
  }
}

export function screenActionForm(form: FormData): Screening {
  for (const [name, value] of form.entries()) {
    const row = /^(?:\d+_)?\d+$/.test(name) || /^\$ACTION_\d+:\d+$/.test(name) || name === "$ACTION_KEY";
    if (!row || typeof value !== "string" || name === "$ACTION_KEY") continue;
    try {
      JSON.parse(value);
    } catch {
      return refuse(400, "action_arguments");
    }
  }
  return OK;
}
