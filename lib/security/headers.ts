// Security headers for every response. The CSP carries a fresh nonce per request; Next reads it
// from the request's CSP header and puts it on its own scripts.

export interface SecurityHeaderOptions {
  nonce: string;
  production: boolean;
  /** Development needs eval for React's debugging tools and a websocket for hot reload. */
  development: boolean;
  /** Origins a form on this page may lead to besides its own (see formActionOrigins). */
  formActionOrigins?: string[];
}

export function contentSecurityPolicy({ nonce, development, formActionOrigins = [] }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formActionOrigins].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.production) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** The mock ESIA's consent page, whose decision is answered by a 303 to the system's redirect_uri. */
export const CONSENT_PATH = "/esia-mock/consent";
/** Carried on the consent page's address: the origin of the pending request's redirect_uri. */
export const REDIRECT_ORIGIN_PARAM = "redirect_origin";

/**
 * CSP scoped per route. Chromium applies form-action to the redirects that follow a form post, so
 * the consent page must name the system's origin, or «Предоставить» could never reach another
 * site. The proxy cannot read the database, so the page carries the origin on its address; the
 * page itself redirects to the canonical address when the origin is not the request's own, so
 * the policy names exactly the registered redirect origin. Every other page keeps 'self' only.
 */
export function formActionOrigins(pathname: string, search: URLSearchParams): string[] {
  if (pathname !== CONSENT_PATH) return [];
  const origin = plainOrigin(search.get(REDIRECT_ORIGIN_PARAM));
  return origin ? [origin] : [];
}

/** An http(s) origin exactly as URL serialises it, so nothing else can ride into the header. */
export function plainOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps an upstream request id only when it is a plain token; anything else gets a new one. */
export function acceptedRequestId(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
