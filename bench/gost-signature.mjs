#!/usr/bin/env node
// Cost of one GOST R 34.10-2012 signature and verification as the portal makes them
// (lib/crypto/gost.ts: one `openssl dgst -engine gost` process per call), beside the RSA-2048
// stand-in that Node signs in-process. Sequential, then N at once.
//
//   node --import tsx bench/gost-signature.mjs --count 100 --concurrency 4 [--ballast-mb 500]
//
// --ballast-mb makes this process as big as the portal's server (about 500 MB resident): spawning
// from a big process is what costs, which is why lib/crypto/gost.ts spawns from a small runner.
import { execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync, sign, verify } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
    "ballast-mb": { type: "string", default: "0" },
  },
});
const ballast = Array.from({ length: Number(values["ballast-mb"]) }, () => Buffer.alloc(1024 * 1024, 1));
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const folder = mkdtempSync(path.join(tmpdir(), "bench-gost-"));
const file = (name) => path.join(folder, name);
const text = Buffer.from(
  "RTPORTAL01openid fullname birthdate gender snils id_doc mobile email2026.12.01 12:00:00 +03000b6f3c6e-1c2d-4e5f-8a9b-0c1d2e3f4a5bhttp://localhost:3000/esia/callback",
);

execFileSync(
  "openssl",
  ["genpkey", "-engine", "gost", "-algorithm", "gost2012_256", "-pkeyopt", "paramset:A", "-out", file("key.pem")],
  { stdio: "ignore" },
);
execFileSync("openssl", ["pkey", "-engine", "gost", "-in", file("key.pem"), "-pubout", "-out", file("pub.pem")], {
  stdio: "ignore",
});

function openssl(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("openssl", args, { stdio: ["pipe", "pipe", "ignore"] });
    const out = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`openssl exited ${code}`)),
    );
    child.stdin.end(input);
  });
}

const portal = await import("../lib/crypto/gost.ts");
const certificatePem = execFileSync(
  "openssl",
  [
    "req",
    "-engine",
    "gost",
    "-x509",
    "-new",
    "-md_gost12_256",
    "-key",
    file("key.pem"),
    "-days",
    "1",
    "-subj",
    "/CN=bench",
  ],
  { stdio: ["ignore", "pipe", "ignore"] },
).toString();
const portalSign = () => portal.gostSign({ file: file("key.pem") }, text);
const portalSignature = await portalSign();
const portalVerify = async () => {
  if (!(await portal.gostVerify(certificatePem, text, portalSignature))) throw new Error("did not verify");
};

const gostSign = () => openssl(["dgst", "-engine", "gost", "-md_gost12_256", "-sign", file("key.pem")], text);
const signature = await gostSign();
writeFileSync(file("sig"), signature);
const gostVerify = () =>
  openssl(["dgst", "-engine", "gost", "-md_gost12_256", "-verify", file("pub.pem"), "-signature", file("sig")], text);
const streebog = () => openssl(["dgst", "-engine", "gost", "-md_gost12_256", "-binary"], text);

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const rsaSignature = sign("sha256", text, rsa.privateKey);
const rsaSign = async () => sign("sha256", text, rsa.privateKey);
const rsaVerify = async () => verify("sha256", text, rsa.publicKey, rsaSignature);

async function measure(name, operation) {
  await operation();
  let started = performance.now();
  for (let i = 0; i < count; i += 1) await operation();
  const sequentialMs = (performance.now() - started) / count;
  started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await operation();
    }),
  );
  const perSecond = count / ((performance.now() - started) / 1000);
  return {
    operation: name,
    sequentialMsEach: +sequentialMs.toFixed(2),
    [`perSecondAt${concurrency}`]: Math.round(perSecond),
  };
}

try {
  const rows = [];
  for (const [name, operation] of [
    ["gost sign (lib/crypto/gost.ts: openssl from the runner)", portalSign],
    ["gost verify (lib/crypto/gost.ts: openssl from the runner)", portalVerify],
    ["gost sign (openssl spawned by this process)", gostSign],
    ["gost verify (openssl spawned by this process)", gostVerify],
    ["streebog-256 (openssl spawned by this process)", streebog],
    ["rsa-2048 sign (node, in-process)", rsaSign],
    ["rsa-2048 verify (node, in-process)", rsaVerify],
  ]) {
    rows.push(await measure(name, operation));
  }
  console.table(rows);
  console.log(JSON.stringify({ count, concurrency, ballastMb: ballast.length, rows }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(0);
