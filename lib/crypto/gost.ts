import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID, X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// GOST R 34.10-2012 (256-bit) signatures and GOST R 34.11-2012 (Streebog-256) digests through the
// `openssl` program with Debian's GOST engine (libengine-gost-openssl): Node's own OpenSSL cannot
// load GOST keys, and a well-kept C implementation beats our own curve arithmetic
// (docs/decisions/0011-gost-through-openssl.md). Each call runs one short openssl process; the
// data goes over stdin, a signature or key openssl must read as a file goes into a private
// scratch folder (0700) for the length of the call.
//
// Byte orders, as ESIA and OpenSSL use them (research/esia.md §2.1):
// - a signature is the raw 64 bytes s || r, each big-endian (RFC 4491 §2.2.2), which is what
//   `openssl dgst -sign` writes; CryptoPro CSP writes the same bytes reversed.
// - a digest is the byte string openssl prints; the standard's appendix writes the same value as
//   one number, i.e. byte-reversed.

export const GOST_INSTALL_HINT = "sudo apt-get install -y libengine-gost-openssl";

export class GostUnavailableError extends Error {
  constructor(detail: string) {
    super(`ГОСТ-криптография недоступна: ${detail}. Установите движок GOST для OpenSSL: ${GOST_INSTALL_HINT}`);
    this.name = "GostUnavailableError";
  }
}

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
}

// openssl runs from a small long-lived Node process, not from the server itself: spawning from a
// server of half a gigabyte costs about 55 ms a process (the fork copies its page tables), from a
// small one about 11 ms (decision 11 has the figures). The runner starts on first use, lives as
// long as its parent (it exits when the IPC channel closes) and keeps no process alive when idle.
const RUNNER_SOURCE = `
const { spawn } = require("node:child_process");
process.on("message", ({ id, args, input }) => {
  let answered = false;
  const answer = (message) => { if (!answered) { answered = true; process.send({ id, ...message }); } };
  const child = spawn("openssl", args, { stdio: ["pipe", "pipe", "pipe"] });
  const stdout = [];
  let stderr = "";
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.on("error", (error) => answer({ error: error.code || error.message }));
  child.on("close", (code) => answer({ code: code ?? 1, stdout: Buffer.concat(stdout).toString("base64"), stderr }));
  child.stdin.on("error", () => {});
  child.stdin.end(Buffer.from(input, "base64"));
});
process.on("disconnect", () => process.exit(0));
`;

interface Answer {
  id: number;
  error?: string;
  code?: number;
  stdout?: string;
  stderr?: string;
}

interface Refable {
  ref(): void;
  unref(): void;
}

class OpensslRunner {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (run: Run) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.child = spawn(process.execPath, ["-e", RUNNER_SOURCE], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.child.on("message", (answer: Answer) => this.settle(answer));
    this.child.on("exit", () => {
      for (const { reject } of this.pending.values()) reject(new Error("openssl runner exited"));
      this.pending.clear();
    });
    this.idle();
  }

  get usable(): boolean {
    return this.child.connected;
  }

  run(args: string[], input: Uint8Array): Promise<Run> {
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, { resolve, reject });
      this.child.ref();
      (this.child.channel as Refable | null | undefined)?.ref();
      this.child.send({ id, args, input: Buffer.from(input).toString("base64") });
    });
  }

  private settle(answer: Answer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if (this.pending.size === 0) this.idle();
    if (answer.error)
      waiting.reject(
        answer.error === "ENOENT"
          ? new GostUnavailableError("программа openssl не найдена")
          : new Error(`openssl: ${answer.error}`),
      );
    else
      waiting.resolve({
        code: answer.code ?? 1,
        stdout: Buffer.from(answer.stdout ?? "", "base64"),
        stderr: answer.stderr ?? "",
      });
  }

  private idle(): void {
    this.child.unref();
    (this.child.channel as Refable | null | undefined)?.unref();
  }
}

let runner: OpensslRunner | undefined;

/** openssl with `input` on stdin. */
function openssl(args: string[], input: Uint8Array): Promise<Run> {
  if (!runner?.usable) runner = new OpensslRunner();
  return runner.run(args, input);
}

let scratchFolder: string | undefined;

/** Files that live for one call: openssl reads keys and signatures only from files. */
async function withScratchFiles<T>(contents: Uint8Array[], run: (files: string[]) => Promise<T>): Promise<T> {
  scratchFolder ??= mkdtempSync(path.join(tmpdir(), "portal-gost-"));
  const files = contents.map((content) => {
    const file = path.join(scratchFolder!, randomUUID());
    writeFileSync(file, content, { mode: 0o600 });
    return file;
  });
  try {
    return await run(files);
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}

function failure(run: Run): Error {
  if (/engine|gost/i.test(run.stderr) && /(not found|could not load|invalid engine|no such)/i.test(run.stderr)) {
    return new GostUnavailableError(run.stderr.split("\n").find((line) => line.trim()) ?? "");
  }
  return new Error(`openssl: ${run.stderr.trim().split("\n").slice(-2).join(" ")}`);
}

const ENGINE = ["-engine", "gost"];

/** Null when the engine loads; otherwise the reason, with how to install it. */
export async function gostUnavailable(): Promise<string | null> {
  try {
    const run = await openssl(["engine", "-t", "gost"], new Uint8Array());
    return run.code === 0 && /available/.test(run.stdout.toString())
      ? null
      : new GostUnavailableError(run.stderr.trim() || run.stdout.toString().trim()).message;
  } catch (error) {
    return (error as Error).message;
  }
}

/** GOST R 34.11-2012, 256-bit (Streebog-256). */
export async function streebog256(data: Uint8Array): Promise<Buffer> {
  const run = await openssl(["dgst", ...ENGINE, "-md_gost12_256", "-binary"], data);
  if (run.code !== 0 || run.stdout.length !== 32) throw failure(run);
  return run.stdout;
}

export type GostPrivateKey = { file: string } | { pem: string };

/** A raw 64-byte GOST R 34.10-2012 signature (s || r) over Streebog-256 of the data. */
export async function gostSign(key: GostPrivateKey, data: Uint8Array): Promise<Buffer> {
  const sign = async (keyFile: string) => {
    const run = await openssl(["dgst", ...ENGINE, "-md_gost12_256", "-sign", keyFile], data);
    if (run.code !== 0 || run.stdout.length !== 64) throw failure(run);
    return run.stdout;
  };
  return "file" in key ? sign(key.file) : withScratchFiles([Buffer.from(key.pem)], ([file]) => sign(file!));
}

/** True only for a 64-byte signature of these bytes by the key in this certificate. */
export async function gostVerify(certificatePem: string, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  if (signature.length !== 64) return false;
  const publicKey = await gostPublicKey(certificatePem);
  return withScratchFiles([Buffer.from(publicKey), signature], async ([keyFile, signatureFile]) => {
    const run = await openssl(
      ["dgst", ...ENGINE, "-md_gost12_256", "-verify", keyFile!, "-signature", signatureFile!],
      data,
    );
    if (run.code === 0 && /Verified OK/.test(run.stdout.toString())) return true;
    if (/Verification failure/.test(run.stdout.toString() + run.stderr)) return false;
    throw failure(run);
  });
}

const publicKeys = new Map<string, Promise<string>>();

/** The certificate's SubjectPublicKeyInfo as PEM (openssl's dgst -verify wants a key, not a certificate). */
function gostPublicKey(certificatePem: string): Promise<string> {
  let key = publicKeys.get(certificatePem);
  if (!key) {
    key = openssl(["x509", ...ENGINE, "-pubkey", "-noout"], Buffer.from(certificatePem)).then((run) => {
      if (run.code !== 0 || !run.stdout.includes("PUBLIC KEY")) throw failure(run);
      return run.stdout.toString();
    });
    key.catch(() => publicKeys.delete(certificatePem));
    if (publicKeys.size > 100) publicKeys.clear();
    publicKeys.set(certificatePem, key);
  }
  return key;
}

// id-tc26-gost3410-12-256 (1.2.643.7.1.1.1.1) and -512 (…1.2) as DER object identifiers.
const GOST_2012_KEY_OIDS = [Buffer.from("06082a85030701010101", "hex"), Buffer.from("06082a85030701010102", "hex")];

/** Whether the certificate carries a GOST R 34.10-2012 public key (Node can parse, not use, these). */
export function isGostCertificate(certificatePem: string): boolean {
  const der = new X509Certificate(certificatePem).raw;
  return GOST_2012_KEY_OIDS.some((oid) => der.includes(oid));
}

/** ESIA's client_certificate_hash: Streebog-256 of the certificate's DER, upper-case hex. */
export async function gostCertificateHash(certificatePem: string): Promise<string> {
  return (await streebog256(new X509Certificate(certificatePem).raw)).toString("hex").toUpperCase();
}

/** A new GOST R 34.10-2012 (256, parameter set A) key as PKCS#8 PEM and a self-signed certificate. */
export async function generateGostCertificate(
  commonName: string,
  days = 3_650,
): Promise<{ privateKeyPem: string; certificatePem: string }> {
  const key = await openssl(
    ["genpkey", ...ENGINE, "-algorithm", "gost2012_256", "-pkeyopt", "paramset:A"],
    new Uint8Array(),
  );
  if (key.code !== 0 || !key.stdout.includes("PRIVATE KEY")) throw failure(key);
  const privateKeyPem = key.stdout.toString();
  return withScratchFiles([key.stdout], async ([keyFile]) => {
    const subject = `/CN=${commonName.replace(/[/=\\]/g, " ")}`;
    const certificate = await openssl(
      ["req", ...ENGINE, "-x509", "-new", "-md_gost12_256", "-key", keyFile!, "-days", String(days), "-subj", subject],
      new Uint8Array(),
    );
    if (certificate.code !== 0 || !certificate.stdout.includes("BEGIN CERTIFICATE")) throw failure(certificate);
    return { privateKeyPem, certificatePem: certificate.stdout.toString() };
  });
}
