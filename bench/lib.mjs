// What the benchmarks share: the portal's production build in a folder of its own, an emptied
// benchmark database, `next start` instances and Debian's nginx in front of them, signed-in
// citizens with minted session cookies, and CPU accounting. Plain Node; the portal's own modules
// (the nginx renderer, the session lifetime) are loaded through tsx.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { NEXT_BIN, ROOT, run, sourceFingerprint } from "../scripts/lib.mjs";

export { NEXT_BIN, ROOT };

// "server-only" marks modules a client bundle must not import; loaded here through tsx (drafts,
// sessions) it is a no-op, as in vitest.config.mts. Set before tsx wraps the resolver.
const SERVER_ONLY = path.join(ROOT, "node_modules", "next", "dist", "compiled", "server-only", "empty.js");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return Reflect.apply(resolveFilename, this, [request === "server-only" ? SERVER_ONLY : request, ...rest]);
};
export const LOG_DIR = path.join(ROOT, ".data", "bench");
export const SESSION_COOKIE = "portal.session-token"; // app/_lib/auth.ts, for an http:// APP_URL
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

/** Builds the portal into `dist` when the sources changed since its last build there. */
export async function ensurePortalBuild(dist, { skipBuild = false } = {}) {
  const distDir = path.join(ROOT, dist);
  const fingerprintFile = path.join(distDir, "source-fingerprint");
  const built = existsSync(path.join(distDir, "BUILD_ID"));
  if (built && skipBuild) return;
  const fingerprint = sourceFingerprint();
  if (built && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint) return;
  console.error(`building the portal into ${dist} …`);
  // next build adds its dist folder's types to tsconfig.json: put the file back as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await run("npm", ["run", "--silent", "build"], {
      env: { NEXT_DIST_DIR: dist },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
  writeFileSync(fingerprintFile, fingerprint);
}

/** The database's name, refusing any that is not a benchmark's (its schemas are dropped). */
export function benchDatabaseName(url) {
  const name = new URL(url).pathname.slice(1);
  if (!/bench/i.test(name)) throw new Error(`Refusing: the database name must contain «bench», got «${name}»`);
  return name;
}

/** Creates the benchmark database if needed and empties it (public schema and pg-boss's). */
export async function emptyDatabase(url) {
  const name = benchDatabaseName(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const maintenance = new pg.Client({ connectionString: admin.toString() });
  await maintenance.connect();
  const exists = await maintenance.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (exists.rowCount === 0) await maintenance.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  await maintenance.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS esia_mock CASCADE;`,
  );
  await client.end();
}

/** The environment of a production `next start` of the bench build on PostgreSQL. */
export function portalEnvironment({ dist, databaseUrl, authSecret, appUrl, instance, extra = {} }) {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: dist,
    DATABASE_URL: databaseUrl,
    PGLITE_DATA_DIR: "",
    AUTH_SECRET: authSecret,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    SEED_DEMO_DATA: "true", // territories and their bodies: submission assigns one
    ESIA_MOCK_ENABLED: "false",
    DEV_OUTBOX_ENABLED: "false",
    DELIVERY_TRANSPORT: process.env.DELIVERY_TRANSPORT ?? "outbox",
    INSECURE_LOCAL_HTTP: "true", // plain http on 127.0.0.1
    LOG_LEVEL: "warn",
    ...(instance ? { PORTAL_INSTANCE: instance } : {}),
    ...extra,
  };
}

/**
 * A server process (a portal instance, the bare app) with its log in .data/bench/<name>.log.
 * `unexpectedExit` is called when it stops while nobody asked it to.
 */
export function startServer({ name, args, cwd = ROOT, env, base, unexpectedExit }) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logPath = path.join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logPath, { flags: "a" });
  let tail = "";
  const server = { name, logPath, expectedExit: false, child: null, text: () => tail };
  const spawnChild = () => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk) => {
      log.write(chunk);
      tail = (tail + chunk.toString()).slice(-200_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("exit", (code, signal) => {
      if (!server.expectedExit)
        unexpectedExit?.(`${name} stopped (${code ?? signal}); its log: ${logPath}\n${tail.slice(-2000)}`);
    });
    server.child = child;
  };
  // A bench that fails on its way (an uncaught error) leaves no server behind.
  process.once("exit", () => server.child.exitCode === null && server.child.kill("SIGKILL"));
  spawnChild();
  /** Waits until `probe` answers 200 (120 s at most). */
  server.ready = async (probe = "/api/health") => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (server.child.exitCode !== null)
        throw new Error(`${name} exited with ${server.child.exitCode}:\n${tail.slice(-2000)}`);
      try {
        if ((await fetch(`${base}${probe}`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${name} did not answer within 120 s:\n${tail.slice(-2000)}`);
  };
  /** SIGTERM (or another signal) and the exit code once it is gone. */
  server.stop = async (signal = "SIGTERM") => {
    server.expectedExit = true;
    const child = server.child;
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill(signal);
    return exited;
  };
  /** The same command started again (a new version rolled out, or a restart). */
  server.restart = () => {
    server.expectedExit = false;
    spawnChild();
  };
  return server;
}

/** Debian's nginx with the repository's configuration (lib/deploy/nginx.ts) in front of `instances`. */
export async function startNginx({ listen, instances, unexpectedExit }) {
  const { renderNginxConfig } = await tsImport("../lib/deploy/nginx.ts", import.meta.url);
  const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-bench-"));
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, renderNginxConfig({ prefix, listen, instances }));
  let stopping = false;
  const child = spawn(NGINX, ["-p", prefix, "-c", file, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.once("exit", () => child.exitCode === null && child.kill("SIGTERM"));
  child.on("exit", (code, signal) => {
    if (!stopping) unexpectedExit?.(`nginx stopped (${code ?? signal}); its error log: ${prefix}/error.log`);
  });
  return {
    prefix,
    stop: async () => {
      stopping = true;
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      // nginx's error log is kept beside the instances' logs: it says why a request got a 502.
      if (existsSync(path.join(prefix, "error.log")))
        copyFileSync(path.join(prefix, "error.log"), path.join(LOG_DIR, "nginx-error.log"));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/**
 * N citizens, each with a cabinet, an ESIA link «Стандартная» and one session: their ids and
 * `portal.session-token` cookies, minted with next-auth's encoder as app/_lib/auth.ts does.
 */
export async function createCitizens(db, count, authSecret, label) {
  const { SESSION_LIFETIME_SECONDS } = await tsImport("../lib/auth/sessions.ts", import.meta.url);
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000);
  const citizens = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await db.query(
      `INSERT INTO "portal_user" ("email", "emailVerified", "passwordHash", "lastName", "firstName", "middleName", "birthDate", "gender", "snils", "updatedAt")
       VALUES ($1, true, '!bench: no password login', 'Хасанова', 'Алия', 'Рашидовна', '1990-04-12', 'F', '11223344595', $2) RETURNING "id"`,
      [`bench.${label}.${Date.now()}.${i}@example.ru`, now],
    );
    const userId = rows[0].id;
    await db.query(`INSERT INTO "esia_link" ("userId", "oid", "level", "trusted") VALUES ($1, $2, 'standard', true)`, [
      userId,
      String(900_000_000 + userId),
    ]);
    // As lib/auth/sessions.ts: the cookie carries a random id, the row its SHA-256.
    const sid = randomBytes(32).toString("base64url");
    await db.query(`INSERT INTO "user_session" ("id", "userId", "expiresAt", "userAgent") VALUES ($1, $2, $3, $4)`, [
      createHash("sha256").update(sid).digest("hex"),
      userId,
      expires,
      `bench/${label}`,
    ]);
    const token = await encode({
      token: { sub: String(userId), sid },
      secret: authSecret,
      maxAge: SESSION_LIFETIME_SECONDS,
    });
    citizens.push({ userId, cookie: `${SESSION_COOKIE}=${token}` });
  }
  return citizens;
}

/** CPU seconds used so far by a process and its descendants (Linux /proc; null elsewhere). */
export function processTreeCpuSeconds(rootPid) {
  const TICKS_PER_SECOND = 100;
  if (!existsSync("/proc/self/stat")) return null;
  const all = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name, which is in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").at(-1).split(" ");
      all.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // exited meanwhile
    }
  }
  let ticks = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    ticks += all.get(pid)?.ticks ?? 0;
    for (const [child, info] of all) if (info.parent === pid) queue.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}

/** p50/p95/max of a list of milliseconds. */
export function stats(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    count: sorted.length,
    p50: Math.round(pick(0.5)),
    p95: Math.round(pick(0.95)),
    max: Math.round(sorted.at(-1) ?? NaN),
  };
}

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/**
 * A private PostgreSQL server of the benchmark's own (initdb into a temporary folder, run as the
 * `postgres` system user when started as root), so that restarting it mid-run disturbs nobody
 * else's database. Role `portal`/`portal`, trust on 127.0.0.1 only.
 */
export async function startPrivatePostgres(port) {
  const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const exec = (binary, args) =>
    run(
      asPostgres[0] ?? path.join(PG_BIN, binary),
      asPostgres.length ? [...asPostgres.slice(1), path.join(PG_BIN, binary), ...args] : args,
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  const folder = mkdtempSync(path.join(tmpdir(), "portal-bench-pg-"));
  const data = path.join(folder, "data");
  if (asPostgres.length) await run("chown", ["postgres", folder]);
  await exec("initdb", ["-D", data, "-U", "portal", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const logFile = path.join(folder, "postgres.log");
  await exec("pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-w", "start"]);
  return {
    url: (database) => `postgres://portal:portal@127.0.0.1:${port}/${database}`,
    /** `pg_ctl restart -m fast`: connections dropped, the server down until it has started again. */
    restart: () => exec("pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-m", "fast", "-w", "restart"]),
    stop: async () => {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A TCP relay in front of PostgreSQL that counts the portal's database round trips: every
 * simple Query ('Q') and every extended-protocol Sync ('S') the client sends is one statement
 * (or one pipelined batch) waited for. Used to count the queries a page costs.
 */
export async function queryCountingRelay(targetUrl) {
  const net = await import("node:net");
  const target = new URL(targetUrl);
  let roundTrips = 0;
  const SSL_REQUEST = 80877103;
  const GSS_REQUEST = 80877104;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    let started = false;
    let pending = Buffer.alloc(0);
    client.on("data", (chunk) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code !== SSL_REQUEST && code !== GSS_REQUEST) started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        if (type === "Q" || type === "S") roundTrips += 1;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.pipe(client);
    for (const socket of [client, upstream]) socket.on("error", () => (client.destroy(), upstream.destroy()));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(server.address().port);
  return {
    url: url.toString(),
    roundTrips: () => roundTrips,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
