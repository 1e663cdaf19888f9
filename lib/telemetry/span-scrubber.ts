import { redactString } from "../logging/redact";

// What a span may carry out of the process. Next.js names its spans by route pattern, but it also
// records the raw request target (`http.target`: "/cabinet/applications/<id>?_rsc=…") and, for a
// server-side fetch, the whole URL in the span's name and `http.url` (ESIA's person endpoint has
// the person's oid in its path). A trace store keeps all of it for weeks and is read by more
// people than the database, so before export every span is rewritten here:
// - request targets become the route pattern ("(other)" for a path that is no route);
// - other URLs keep their origin and their plain words, lose the query, the fragment, any
//   user:password, and every segment that could be an id (digits, long tokens) becomes "[id]";
// - attributes named after secrets (cookies, authorization, tokens, SNILS…) are dropped;
// - SQL keeps its placeholders but not a quoted literal;
// - every other string is masked like a log line (SNILS, passport numbers, e-mail, phones).

export type AttributeValue = string | number | boolean | Array<null | undefined | string | number | boolean>;
export type Attributes = Record<string, AttributeValue | undefined>;

/** The route pattern of one of the portal's own paths, "(other)" when none matches. */
export type RouteOf = (pathname: string) => string;

/** Attributes that hold the portal's own request target (path and query). */
const REQUEST_TARGET_KEYS = new Set(["http.target", "url.path"]);
/** Attributes that hold a whole URL. */
const URL_KEYS = new Set(["http.url", "url.full", "http.request.url"]);
/** Never exported, whatever they hold. */
const DROPPED_KEYS = new Set(["url.query", "http.request.body", "http.response.body", "db.query.parameter"]);
const SECRET_KEY = /cookie|authori[sz]ation|password|secret|token|snils|passport|session|credential/i;
const SQL_KEYS = new Set(["db.query.text", "db.statement"]);
/** Routes of the framework itself ("/_not-found") are kept as they are. */
const FRAMEWORK_PATTERN = /^\/_[a-z-]+(\/.*)?$/;

const ABSOLUTE_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

function plainSegment(segment: string): boolean {
  return (
    segment === "" ||
    /^[A-Za-z_-][A-Za-z_-]{0,39}\d{0,2}$/.test(segment) || // words, and names like oauth2, v3
    /^[A-Za-z_-]{1,40}\.[a-z]{2,5}$/.test(segment) || // files: /jwks.json
    /^\[{1,2}(\.\.\.)?[A-Za-z_-]+\]{1,2}$/.test(segment) || // already a pattern: [id]
    /^\([A-Za-z_-]+\)$/.test(segment) // a route group: /(portal)/services/[id]/page
  );
}

/** A path with every segment that could be an id replaced by "[id]". */
export function genericPath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (plainSegment(segment) ? segment : "[id]"))
    .join("/");
}

/** The portal's own request target ("/cabinet/applications/abc?x=1") as its route pattern. */
export function requestTargetPattern(target: string, routeOf: RouteOf): string {
  const pathname = target.split(/[?#]/, 1)[0] || "/";
  if (FRAMEWORK_PATTERN.test(pathname) && !pathname.startsWith("/_next/")) return genericPath(pathname);
  return routeOf(pathname);
}

/** An absolute URL reduced to its origin and the plain words of its path. */
export function scrubUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "[url]";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `${url.protocol}//[скрыто]`;
  return `${url.protocol}//${url.host}${genericPath(url.pathname)}`;
}

/** Free text (a span name, an error message): absolute URLs scrubbed, personal data masked. */
export function scrubText(text: string): string {
  return redactString(text.replace(ABSOLUTE_URL, (url) => scrubUrl(url)));
}

/** A span's name: Next's names carry patterns ("GET /cabinet/[id]"), its fetch spans whole URLs. */
export function scrubSpanName(name: string): string {
  return scrubText(name).replace(/(^|\s)(\/[^\s]*)/g, (_match, space: string, pathname: string) => {
    return space + genericPath(pathname.split(/[?#]/, 1)[0]!);
  });
}

function scrubSql(sql: string): string {
  return redactString(sql.replace(/'(?:[^']|'')*'/g, "'?'"));
}

function scrubValue(key: string, value: AttributeValue, routeOf: RouteOf): AttributeValue {
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === "string" ? scrubText(item) : item));
  }
  if (typeof value !== "string") return value;
  if (REQUEST_TARGET_KEYS.has(key)) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? scrubUrl(value) : requestTargetPattern(value, routeOf);
  }
  if (URL_KEYS.has(key)) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? scrubUrl(value) : requestTargetPattern(value, routeOf);
  }
  if (SQL_KEYS.has(key)) return scrubSql(value);
  return scrubText(value);
}

export function scrubAttributes(attributes: Attributes, routeOf: RouteOf): Attributes {
  const safe: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || DROPPED_KEYS.has(key) || SECRET_KEY.test(key)) continue;
    safe[key] = scrubValue(key, value, routeOf);
  }
  return safe;
}

export interface SpanContent {
  name: string;
  attributes: Attributes;
  events: { name: string; attributes?: Attributes }[];
  links: { attributes?: Attributes }[];
  status: { message?: string };
}

/**
 * What of a span may leave the process: the same shape, every text rewritten. `span` is a plain
 * object (its own properties are copied, a class instance's methods would be lost).
 */
export function scrubSpan<T extends SpanContent>(span: T, routeOf: RouteOf): T {
  const attributes = scrubAttributes(span.attributes, routeOf);
  return {
    ...span,
    ...namedByRoute(scrubSpanName(span.name), attributes),
    events: span.events.map((event) => ({
      ...event,
      name: scrubText(event.name),
      attributes: event.attributes && scrubAttributes(event.attributes, routeOf),
    })),
    links: span.links.map((link) => ({
      ...link,
      attributes: link.attributes && scrubAttributes(link.attributes, routeOf),
    })),
    status:
      span.status.message === undefined ? span.status : { ...span.status, message: scrubText(span.status.message) },
  };
}

/**
 * Next.js names a request's server span "GET /route" only when the route module reports its
 * route back; pages rendered by the app router's own handler keep the bare "GET" or "RSC GET".
 * Their (scrubbed) target is the route pattern, so the name and `http.route` are taken from it.
 */
export function namedByRoute(name: string, attributes: Attributes): { name: string; attributes: Attributes } {
  const pattern = attributes["http.target"];
  if (!/^(RSC )?[A-Z]+$/.test(name) || typeof pattern !== "string" || !pattern.startsWith("/")) {
    return { name, attributes };
  }
  return {
    name: `${name} ${pattern}`,
    attributes: { ...attributes, "http.route": attributes["http.route"] ?? pattern },
  };
}
