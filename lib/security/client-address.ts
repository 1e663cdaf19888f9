import { isIP } from "node:net";

// The one answer to "where does this request come from" (login throttles, audit log, sessions).
// `next start` fills X-Forwarded-For with the socket's address only when the request has none, so
// a client that sends its own header would otherwise choose its address. The server process
// records the socket's peer in PEER_HEADER for every request (lib/security/peer-address.ts), and
// X-Forwarded-For is read only as far as the configured number of trusted proxies wrote it.

export const PEER_HEADER = "x-portal-peer";

interface HeaderSource {
  get(name: string): string | null;
}

function normalized(entry: string | undefined): string {
  const address = (entry ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : "unknown";
}

/**
 * The address chain is X-Forwarded-For's entries followed by the socket's peer. With N trusted
 * proxies the last N links are those proxies; the client is the link just before them. Entries
 * further left were sent by the client itself and are never believed.
 */
export function clientAddress(headers: HeaderSource, trustedProxyHops: number): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return "unknown";
  if (trustedProxyHops <= 0) return normalized(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalized(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]);
}

export interface RequestMetadata {
  /** The client's address by the rule above ("unknown" when it cannot be told). */
  ip: string;
  /** The browser's own description, cut to what the session and audit tables keep. */
  userAgent: string | null;
}

/** What the portal records about a request's origin (sessions, throttles, audit): one reading for citizens, staff and the mock. */
export function requestMetadata(headers: HeaderSource, trustedProxyHops: number): RequestMetadata {
  return { ip: clientAddress(headers, trustedProxyHops), userAgent: headers.get("user-agent")?.slice(0, 300) || null };
}
