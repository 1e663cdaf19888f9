import { spawn, spawnSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
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

  it("answers a body over its limit with the portal's Russian page, not nginx's English one", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
    const file = path.join(prefix, "nginx.conf");
    // The instance need not exist: nginx refuses by Content-Length before it proxies anything.
    writeFileSync(file, renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, instances: ["127.0.0.1:9"] }));
    const nginx = spawn(process.env.NGINX_BIN ?? "/usr/sbin/nginx", ["-p", prefix, "-c", file, "-g", "daemon off;"], {
      stdio: "ignore",
    });
    try {
      const answer = await (async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
              const sent = httpRequest(
                {
                  host: "127.0.0.1",
                  port,
                  method: "POST",
                  path: "/cabinet/applications/1/step/income",
                  headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": 14 * 1024 * 1024 },
                },
                (response) => {
                  let body = "";
                  response.setEncoding("utf8");
                  response.on("data", (chunk: string) => (body += chunk));
                  response.on("end", () =>
                    resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), body }),
                  );
                },
              );
              sent.on("error", reject);
              sent.write("--x\r\n"); // the body is never finished: nginx answers on the header
            });
          } catch (error) {
            if (attempt > 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100)); // nginx is starting
          }
        }
      })();
      expect(answer.status).toBe(413);
      expect(answer.type).toBe("text/html; charset=utf-8");
      expect(answer.body).toContain('<html lang="ru">');
      expect(answer.body).toContain("Файл слишком большой");
      expect(answer.body).not.toContain("Request Entity Too Large");
    } finally {
      nginx.kill("SIGTERM");
      await new Promise((resolve) => nginx.once("exit", resolve));
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
