import { describe, expect, it } from "vitest";
import { acceptedRequestId, contentSecurityPolicy, formActionOrigins, plainOrigin, securityHeaders } from "./headers";

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
    expect(
      securityHeaders({ nonce: "n", production: false, development: true })["Strict-Transport-Security"],
    ).toBeUndefined();
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

  it("lets only the mock's consent page post towards the origin named on its address", () => {
    const query = new URLSearchParams({ request: "r1", redirect_origin: "http://127.0.0.1:4701" });
    expect(formActionOrigins("/esia-mock/consent", query)).toEqual(["http://127.0.0.1:4701"]);
    expect(formActionOrigins("/esia-mock/login", query)).toEqual([]);
    expect(formActionOrigins("/esia-mock/consent/decision", query)).toEqual([]);
    expect(formActionOrigins("/esia-mock/consent", new URLSearchParams())).toEqual([]);
    const csp = contentSecurityPolicy({
      nonce: "n",
      production: true,
      development: false,
      formActionOrigins: ["https://client.example"],
    });
    expect(csp).toContain("form-action 'self' https://client.example;");
    expect(contentSecurityPolicy({ nonce: "n", production: true, development: false })).toContain(
      "form-action 'self';",
    );
  });

  it("accepts only a bare http(s) origin, so nothing else can ride into the policy", () => {
    expect(plainOrigin("https://client.example")).toBe("https://client.example");
    expect(plainOrigin("http://localhost:8080")).toBe("http://localhost:8080");
    for (const bad of [
      null,
      "",
      "*",
      "https:",
      "https://client.example/",
      "https://client.example/cb",
      "https://a.example; script-src *",
      "https://a.example https://b.example",
      "javascript:alert(1)",
      "data:text/html,x",
      "HTTPS://CLIENT.EXAMPLE",
    ]) {
      expect(plainOrigin(bad)).toBeNull();
    }
  });
});
