import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { gostCertificateHash, gostVerify } from "../crypto/gost";
import { makeGostCredentials, withFiles, type GostCredentials } from "../crypto/gost-testing";
import { makeClientCredentials } from "../esia-mock/testing";
import { GostCertificateSigner, RsaCertificateSigner, signerFromFiles, signerKind } from "./signer";

describe("signerKind", () => {
  it.each([
    [undefined, undefined, "rsa"],
    [undefined, "http://localhost:3000/esia-mock", "rsa"],
    [undefined, "https://esia.gosuslugi.ru", "gost"],
    [undefined, "https://esia-portal1.test.gosuslugi.ru", "gost"],
    [undefined, "https://gosuslugi.ru.evil.example", "rsa"],
    ["rsa", "https://esia.gosuslugi.ru", "rsa"],
    ["gost", "http://localhost:3000/esia-mock", "gost"],
  ] as const)("ESIA_SIGNER=%s, ESIA_BASE_URL=%s → %s", (setting, baseUrl, expected) => {
    expect(signerKind(setting, baseUrl)).toBe(expected);
  });
});

describe("GostCertificateSigner", () => {
  let portal: GostCredentials;
  const text =
    "RTPORTAL01openid2026.12.01 12:00:00 +0300f0e1d2c3-b4a5-4968-8776-655443322110http://portal.test/esia/callback";

  beforeAll(() => {
    portal = makeGostCredentials("RTPORTAL01");
  });

  it("signs from a PKCS#8 PEM file: 86 characters of unpadded base64url, 64 raw bytes openssl verifies", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "signer-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(path.join(folder, "key.pem"), portal.privateKeyPem);
    writeFileSync(path.join(folder, "cert.pem"), portal.certificatePem);
    const signer = await signerFromFiles("gost", path.join(folder, "key.pem"), path.join(folder, "cert.pem"));
    const signature = await signer.sign(text);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const raw = Buffer.from(signature, "base64url");
    const verdict = withFiles({ "cert.pem": portal.certificatePem, sig: raw, text: text }, (file) => {
      const publicKey = execFileSync(
        "openssl",
        ["x509", "-engine", "gost", "-pubkey", "-noout", "-in", file("cert.pem")],
        { stdio: ["ignore", "pipe", "ignore"] },
      );
      return withFiles({ "pub.pem": publicKey }, (key) =>
        spawnSync("openssl", [
          "dgst",
          "-engine",
          "gost",
          "-md_gost12_256",
          "-verify",
          key("pub.pem"),
          "-signature",
          file("sig"),
          file("text"),
        ]).stdout.toString(),
      );
    });
    expect(verdict).toContain("Verified OK");
    expect(await gostVerify(portal.certificatePem, Buffer.from(text), raw)).toBe(true);
    expect(signer.certificateHash).toBe(await gostCertificateHash(portal.certificatePem));
  });

  it("refuses an RSA certificate and a key that is not the certificate's", async () => {
    const rsa = makeClientCredentials("RTPORTAL01");
    await expect(GostCertificateSigner.create({ pem: portal.privateKeyPem }, rsa.certificatePem)).rejects.toThrow(
      /GOST/,
    );
    await expect(
      GostCertificateSigner.create({ pem: makeGostCredentials("OTHER").privateKeyPem }, portal.certificatePem),
    ).rejects.toThrow(/does not belong/);
  });

  it("the RSA stand-in keeps SHA-256 of the DER as its certificate hash", () => {
    const rsa = makeClientCredentials("RTPORTAL01");
    const signer = new RsaCertificateSigner(rsa.privateKeyPem, rsa.certificatePem);
    expect(signer.certificateHash).toMatch(/^[0-9A-F]{64}$/);
  });
});
