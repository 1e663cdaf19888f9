import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A real SMTP server process for tests, e2e journeys and the bench: scripts/smtp-sink.py on
// Debian's python3-aiosmtpd, each accepted message saved as JSON with its parts decoded.
// Not used by the portal itself.

export const SINK_PYTHON = process.env.SMTP_SINK_PYTHON ?? "/usr/bin/python3";
const SCRIPT = path.join(process.cwd(), "scripts", "smtp-sink.py");

export interface SinkMessage {
  /** When the server accepted it (ms since the epoch). */
  receivedAt: number;
  from: string;
  to: string[];
  subject: string;
  /** The Subject header as sent (RFC 2047 encoded words for Cyrillic). */
  rawSubject: string;
  messageId: string;
  contentType: string;
  text: string | null;
  html: string | null;
  raw: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  dir: string;
  messages(): SinkMessage[];
  /** Resolves with the messages once there are at least n (polling the folder). */
  waitFor(n: number, timeoutMs?: number): Promise<SinkMessage[]>;
  stop(): Promise<void>;
}

export async function startSmtpSink(options: { port?: number; dir?: string } = {}): Promise<SmtpSink> {
  if (!existsSync(SINK_PYTHON))
    throw new Error(
      `${SINK_PYTHON} not found: install Debian's python3-aiosmtpd (apt-get install -y python3-aiosmtpd)`,
    );
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "smtp-sink-"));
  const child: ChildProcess = spawn(SINK_PYTHON, [SCRIPT, "--port", String(options.port ?? 0), "--dir", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`smtp sink exited (${code}): ${stderr.trim()}`)));
  });
  const messages = () =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as SinkMessage);
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    dir,
    messages,
    async waitFor(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages();
        if (found.length >= n) return found;
        if (Date.now() > deadline) throw new Error(`expected ${n} messages at the SMTP server, got ${found.length}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A free TCP port on 127.0.0.1, for a server that must start later on a known address. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
