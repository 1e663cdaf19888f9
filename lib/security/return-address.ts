// The one check for every address the portal sends a browser back to after a login (citizen
// login, ESIA, staff sign-in). Browsers drop tabs and newlines from a Location and read "\" as
// "/", so "/\t/evil.example" becomes the scheme-relative "//evil.example": anything but a clean
// path is refused before resolving, and the resolved address must stay on APP_URL's origin.

export interface ReturnAddressOptions {
  /** The portal's public origin (APP_URL). */
  appUrl: string;
  /** Where to go when the value is refused. */
  fallback: string;
  /** Only paths at or below this one ("/staff"), compared after dot segments are resolved. */
  under?: string;
}

const MAX_LENGTH = 2_048;
// C0 and C1 controls, DEL, every Unicode space or separator, backslash.
const UNCLEAN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\\]/;
// The same, percent-encoded: nothing of ours has them, and a second decoding must not find them.
const ENCODED_UNCLEAN = /%(?:[01][0-9a-f]|20|7f|5c)/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function safeReturnAddress(value: unknown, options: ReturnAddressOptions): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return options.fallback;
  if (UNCLEAN.test(value) || ENCODED_UNCLEAN.test(value) || LONE_SURROGATE.test(value)) return options.fallback;
  const origin = new URL(options.appUrl).origin;
  // A path of ours, or an absolute address on our own origin; never "//host" or "scheme:".
  const relative = value.startsWith("/") && !value.startsWith("//");
  if (!relative && !value.startsWith(`${origin}/`)) return options.fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, origin);
  } catch {
    return options.fallback;
  }
  if (resolved.origin !== origin || resolved.username || resolved.password) return options.fallback;
  // "/.//evil" resolves to the path "//evil", which a browser would read as another host.
  if (resolved.pathname.startsWith("//")) return options.fallback;
  if (options.under) {
    const { pathname } = resolved;
    // "%2e%2e" is a dot segment to some servers: under a prefix it is refused outright.
    if ((pathname !== options.under && !pathname.startsWith(`${options.under}/`)) || /%2e/i.test(pathname))
      return options.fallback;
  }
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
