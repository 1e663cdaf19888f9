import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, requestMetadata } from "./client-address";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("the client's address", () => {
  it("with no trusted proxy is the socket's peer, whatever X-Forwarded-For the client sends", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "198.51.100.4" }), 0)).toBe("198.51.100.4");
    expect(clientAddress(request({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": "203.0.113.9" }), 0)).toBe(
      "198.51.100.4",
    );
    expect(clientAddress(request({ [PEER_HEADER]: "198.51.100.4", "x-real-ip": "203.0.113.9" }), 0)).toBe(
      "198.51.100.4",
    );
  });

  it("with one trusted proxy is the entry that proxy appended, not one the client forged before it", () => {
    // The client sent "X-Forwarded-For: 203.0.113.9"; nginx appended the address it saw.
    const headers = request({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.9, 198.51.100.4" });
    expect(clientAddress(headers, 1)).toBe("198.51.100.4");
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "198.51.100.4" }), 1)).toBe(
      "198.51.100.4",
    );
  });

  it("with two trusted proxies skips exactly the second proxy's entry", () => {
    const forged = request({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "203.0.113.9, 198.51.100.4, 10.0.0.2" });
    expect(clientAddress(forged, 2)).toBe("198.51.100.4");
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "198.51.100.4,10.0.0.2" }), 2)).toBe(
      "198.51.100.4",
    );
  });

  it("never goes further left than the chain: a short chain gives its first (proxy-written) entry", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "10.0.0.2" }), 2)).toBe("10.0.0.2");
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.3" }), 2)).toBe("10.0.0.3");
  });

  it("answers «unknown» without a recorded peer and for entries that are not addresses", () => {
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("unknown");
    const raw = new Map([
      [PEER_HEADER, "10.0.0.2"],
      ["x-forwarded-for", "evil\u0000, 1 OR 1=1"],
    ]);
    expect(clientAddress({ get: (name) => raw.get(name) ?? null }, 1)).toBe("unknown");
  });

  it("writes IPv4-mapped IPv6 peers as plain IPv4, and repeated headers as one list", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    const repeated = new Headers([
      ["x-forwarded-for", "203.0.113.9"],
      ["x-forwarded-for", "198.51.100.4"],
      [PEER_HEADER, "10.0.0.2"],
    ]);
    expect(clientAddress(repeated, 1)).toBe("198.51.100.4");
    expect(clientAddress(request({ [PEER_HEADER]: "::1" }), 0)).toBe("::1");
  });
});

describe("a request's metadata", () => {
  it("takes the address by the trusted-hop rule, so a forged X-Forwarded-For is refused with one and with two hops", () => {
    const oneHop = request({
      [PEER_HEADER]: "10.0.0.2",
      "x-forwarded-for": "203.0.113.9, 198.51.100.4",
      "user-agent": "Firefox",
    });
    expect(requestMetadata(oneHop, 1)).toEqual({ ip: "198.51.100.4", userAgent: "Firefox" });
    const twoHops = request({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "203.0.113.9, 198.51.100.4, 10.0.0.2" });
    expect(requestMetadata(twoHops, 2).ip).toBe("198.51.100.4");
    expect(requestMetadata(twoHops, 0).ip).toBe("10.0.0.3");
  });

  it("keeps no empty browser name and cuts a long one to the stored 300 characters", () => {
    expect(requestMetadata(request({ [PEER_HEADER]: "10.0.0.2", "user-agent": "" }), 0).userAgent).toBeNull();
    expect(requestMetadata(request({ [PEER_HEADER]: "10.0.0.2" }), 0).userAgent).toBeNull();
    expect(
      requestMetadata(request({ [PEER_HEADER]: "10.0.0.2", "user-agent": "x".repeat(1000) }), 0).userAgent,
    ).toHaveLength(300);
  });
});
