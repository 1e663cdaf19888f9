import { describe, expect, it } from "vitest";
import { acceptedRequestId, contentSecurityPolicy, securityHeaders } from "./headers";

describe("security headers", () => {
  const production = securityHeaders({ nonce: "abc123", production: true, development: false });

  it("allows only scripts carrying this response's nonce, and no framing", () => {
    const csp = production["Content-Security-Policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("sets the fixed headers and HSTS in production only", () => {
    expect(production).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "Strict-Transport-Security": expect.stringContaining("max-age="),
    });
    expect(securityHeaders({ nonce: "n", production: false, development: true })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("relaxes eval only for the development server", () => {
    expect(contentSecurityPolicy({ nonce: "n", production: false, development: true })).toContain("'unsafe-eval'");
  });

  it("keeps a plain upstream request id and replaces anything else", () => {
    expect(acceptedRequestId("3f1c2a9e-aaaa-bbbb")).toBe("3f1c2a9e-aaaa-bbbb");
    for (const bad of [null, "", "short", "evil\r\nSet-Cookie: x=1", "a".repeat(200)]) {
      expect(acceptedRequestId(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
