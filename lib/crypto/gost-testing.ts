import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Tests only: a GOST R 34.10-2012 key (PKCS#8 PEM) and a self-signed certificate, made with the
// openssl program and the GOST engine exactly as docs/esia-real.md tells an operator to.

export interface GostCredentials {
  privateKeyPem: string;
  certificatePem: string;
}

export function makeGostCredentials(commonName: string): GostCredentials {
  const directory = mkdtempSync(path.join(tmpdir(), "gost-"));
  try {
    const key = path.join(directory, "key.pem");
    const certificate = path.join(directory, "cert.pem");
    execFileSync(
      "openssl",
      ["genpkey", "-engine", "gost", "-algorithm", "gost2012_256", "-pkeyopt", "paramset:A", "-out", key],
      { stdio: "ignore" },
    );
    execFileSync(
      "openssl",
      [
        "req",
        "-engine",
        "gost",
        "-x509",
        "-new",
        "-md_gost12_256",
        "-key",
        key,
        "-out",
        certificate,
        "-days",
        "30",
        "-subj",
        `/CN=${commonName}`,
      ],
      { stdio: "ignore" },
    );
    return { privateKeyPem: readFileSync(key, "utf8"), certificatePem: readFileSync(certificate, "utf8") };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Runs openssl on files in a scratch folder: the reference implementation the tests compare with. */
export function withFiles<T>(
  files: Record<string, string | Uint8Array>,
  run: (file: (name: string) => string) => T,
): T {
  const directory = mkdtempSync(path.join(tmpdir(), "gost-ref-"));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
    return run((name) => path.join(directory, name));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
