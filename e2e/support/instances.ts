import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { renderNginxConfig } from "../../lib/deploy/nginx";
import { freePort } from "../../lib/messaging/smtp-sink";
// @ts-expect-error -- a plain .mjs script shared with the run command
import { ensureEsiaClientCertificate } from "../../scripts/esia-client-certificate.mjs";

// Portal instances started by a spec itself, as deploy/ runs them in production: `next start` of
// the build on PostgreSQL, every instance with the same settings; and Debian's nginx in front.
// The specs that need more than the one server Playwright starts (several instances, a database
// that goes away) use these.

export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

/** The settings of an e2e portal (Playwright's own server and the specs' instances). */
export function portalEnvironment(appUrl: string): Record<string, string> {
  const esiaClient = ensureEsiaClientCertificate(path.resolve(".data/e2e/esia"));
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: E2E_AUTH_SECRET,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    SEED_DEMO_DATA: "true",
    LOG_LEVEL: "warn",
    ESIA_MOCK_ENABLED: "true",
    ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
    ESIA_MOCK_CHECK_DELAY_SECONDS: "1",
    ESIA_CLIENT_CERTIFICATE_FILE: esiaClient.certificateFile,
    ESIA_CLIENT_PRIVATE_KEY_FILE: esiaClient.keyFile,
    DEV_OUTBOX_ENABLED: "true",
    DEV_OUTBOX_ALLOW_IN_PRODUCTION: "true",
    DELIVERY_TRANSPORT: "outbox",
    INSECURE_LOCAL_HTTP: "true",
  };
}

/** What a spec started: stopped together at its end. */
export class Instances {
  private readonly processes: ChildProcess[] = [];
  private readonly folders: string[] = [];
  private readonly byName = new Map<string, ChildProcess>();

  /** One `next start` on `databaseUrl`; resolves with its address once /api/health answers. */
  async portal(options: {
    name: string;
    appUrl: string;
    databaseUrl: string;
    trustedHops?: number;
    env?: Record<string, string>;
    /** When the instance's own address is its APP_URL, the port chosen beforehand. */
    port?: number;
    /** Receives the instance's stderr instead of the test's own stderr. */
    onStderr?: (text: string) => void;
  }): Promise<string> {
    const port = options.port ?? (await freePort());
    const child = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
      {
        env: {
          PATH: process.env.PATH ?? "",
          ...portalEnvironment(options.appUrl),
          DATABASE_URL: options.databaseUrl,
          PORTAL_INSTANCE: options.name,
          TRUSTED_PROXY_HOPS: String(options.trustedHops ?? 0),
          ...options.env,
          NODE_ENV: "production",
        },
        stdio: ["ignore", "ignore", options.onStderr ? "pipe" : "inherit"],
      },
    );
    if (options.onStderr) child.stderr!.setEncoding("utf8").on("data", options.onStderr);
    this.processes.push(child);
    this.byName.set(options.name, child);
    await waitHealthy(`http://127.0.0.1:${port}`, options.name, child);
    return `127.0.0.1:${port}`;
  }

  /** SIGTERM to the instance named `name`; resolves with its exit code once it has exited. */
  async stop(name: string): Promise<number | null> {
    const child = this.byName.get(name);
    if (!child) throw new Error(`no instance named ${name}`);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    return child.exitCode;
  }

  /** Debian's nginx with the repository's configuration, in front of `instances`, on `port`. */
  async nginx(instances: string[], port?: number): Promise<string> {
    const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-e2e-"));
    this.folders.push(prefix);
    const listen = `127.0.0.1:${port ?? (await freePort())}`;
    const file = path.join(prefix, "nginx.conf");
    writeFileSync(file, renderNginxConfig({ prefix, listen, instances }));
    const child = spawn(NGINX, ["-p", prefix, "-c", file, "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    this.processes.push(child);
    await waitHealthy(`http://${listen}`, "nginx", child);
    return listen;
  }

  async stopAll(): Promise<void> {
    for (const child of [...this.processes].reverse()) child.kill("SIGTERM");
    await Promise.all(
      this.processes.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? undefined
          : new Promise((resolve) => child.once("exit", resolve)),
      ),
    );
    for (const folder of this.folders) rmSync(folder, { recursive: true, force: true });
  }
}

export async function waitHealthy(url: string, what: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not become healthy`);
}

/** A throw-away database of its own beside `testDatabaseUrl`'s: "<name>_<suffix>". */
export async function freshDatabase(testDatabaseUrl: string, suffix: string): Promise<string> {
  const url = new URL(testDatabaseUrl);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops what freshDatabase made. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
