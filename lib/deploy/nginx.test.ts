import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderNginxConfig } from "./nginx";

describe("the nginx configuration from deploy/", () => {
  const rendered = renderNginxConfig({
    prefix: "/var/lib/portal-nginx/",
    listen: "127.0.0.1:8080",
    instances: ["127.0.0.1:3001", "127.0.0.1:3002"],
  });

  it("puts every instance in the upstream, with keepalive", () => {
    const upstream = /upstream portal \{([\s\S]*?)\n    \}/.exec(rendered)![1];
    expect(upstream).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;");
    expect(upstream).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=2s;");
    expect(upstream).toMatch(/keepalive \d+;/);
    expect(rendered).toContain('proxy_set_header Connection "";');
    expect(rendered).toContain("proxy_http_version 1.1;");
  });

  it("appends the client address to X-Forwarded-For and names the scheme", () => {
    expect(rendered).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(rendered).toContain("proxy_set_header X-Forwarded-Proto $scheme;");
  });

  it("takes bodies as large as the portal's own limit and no larger", async () => {
    // @ts-expect-error -- next.config.mjs is plain JavaScript
    const nextConfig = (await import("../../next.config.mjs")).default as {
      experimental: { proxyClientMaxBodySize: string };
    };
    expect(rendered).toContain(
      `client_max_body_size ${nextConfig.experimental.proxyClientMaxBodySize.replace("mb", "m")};`,
    );
  });

  it("writes only under its prefix and leaves no placeholder", () => {
    expect(rendered).toContain("pid /var/lib/portal-nginx/nginx.pid;");
    expect(rendered).toContain("listen 127.0.0.1:8080;");
    expect(rendered).not.toMatch(/\{\{/);
  });

  it("refuses values that would change nginx's syntax", () => {
    expect(() =>
      renderNginxConfig({ prefix: "/tmp/x; include /etc/passwd", listen: "80", instances: ["127.0.0.1:3001"] }),
    ).toThrow(/prefix/);
    expect(() => renderNginxConfig({ prefix: "/tmp/x", listen: "80; }", instances: ["127.0.0.1:3001"] })).toThrow(
      /listen/,
    );
    expect(() =>
      renderNginxConfig({ prefix: "/tmp/x", listen: "80", instances: ["127.0.0.1:3001 backup; }"] }),
    ).toThrow(/host:port/);
    expect(() => renderNginxConfig({ prefix: "/tmp/x", listen: "80", instances: [] })).toThrow(/at least one/);
  });

  it("is a configuration Debian's nginx accepts", () => {
    const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
    try {
      const file = path.join(prefix, "nginx.conf");
      writeFileSync(
        file,
        renderNginxConfig({ prefix, listen: "127.0.0.1:8080", instances: ["127.0.0.1:3001", "127.0.0.1:3002"] }),
      );
      const check = spawnSync(process.env.NGINX_BIN ?? "/usr/sbin/nginx", ["-t", "-q", "-p", prefix, "-c", file], {
        encoding: "utf8",
      });
      expect(check.error).toBeUndefined();
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
