// The portal's ESIA client certificate and key for local runs and tests: a self-signed RSA
// certificate made with openssl, kept in a git-ignored folder. (Real ESIA needs a GOST
// certificate registered on its technology portal; see docs/esia-mock.md.)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

export function ensureEsiaClientCertificate(directory, clientId = "RTPORTAL01") {
  mkdirSync(directory, { recursive: true });
  const keyFile = path.join(directory, "client-key.pem");
  const certificateFile = path.join(directory, "client-certificate.pem");
  if (!existsSync(keyFile) || !existsSync(certificateFile)) {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        keyFile,
        "-out",
        certificateFile,
        "-days",
        "825",
        "-subj",
        `/CN=${clientId}/O=Local development`,
      ],
      { stdio: "ignore" },
    );
  }
  return { keyFile, certificateFile };
}

// The same for the real ESIA's scheme: a GOST R 34.10-2012 (256) key as PKCS#8 PEM and a
// self-signed GOST certificate, made with openssl's GOST engine (libengine-gost-openssl).
export function ensureEsiaGostClientCertificate(directory, clientId = "RTPORTAL01") {
  mkdirSync(directory, { recursive: true });
  const keyFile = path.join(directory, "client-gost-key.pem");
  const certificateFile = path.join(directory, "client-gost-certificate.pem");
  if (!existsSync(keyFile) || !existsSync(certificateFile)) {
    execFileSync(
      "openssl",
      ["genpkey", "-engine", "gost", "-algorithm", "gost2012_256", "-pkeyopt", "paramset:A", "-out", keyFile],
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
        keyFile,
        "-out",
        certificateFile,
        "-days",
        "825",
        "-subj",
        `/CN=${clientId}/O=Local development`,
      ],
      { stdio: "ignore" },
    );
  }
  return { keyFile, certificateFile };
}
