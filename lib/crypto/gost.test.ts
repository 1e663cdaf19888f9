import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { gostCertificateHash, gostSign, gostUnavailable, gostVerify, isGostCertificate, streebog256 } from "./gost";
import { makeGostCredentials, withFiles, type GostCredentials } from "./gost-testing";

// Known answers from GOST R 34.11-2012 itself, and cross-checks against the openssl program in
// both directions: what we sign, openssl verifies; what openssl signs, we verify.

/** The standard writes messages and digests as numbers (most significant byte first): reversed bytes. */
const fromStandard = (hex: string) => Buffer.from(hex, "hex").reverse();

describe("Streebog-256 (GOST R 34.11-2012, appendix A)", () => {
  it("example 1: the 63-byte message 0123…012", async () => {
    const message = fromStandard(
      "323130393837363534333231303938373635343332313039383736353433323130393837363534333231303938373635343332313039383736353433323130",
    );
    expect(message.toString()).toBe("012345678901234567890123456789012345678901234567890123456789012");
    expect(await streebog256(message)).toEqual(
      fromStandard("00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d"),
    );
  });

  it("example 2: «Се ветри, Стрибожи внуци…» in windows-1251 (72 bytes, two blocks)", async () => {
    const message = fromStandard(
      "fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0eeec20f120faf2fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1",
    );
    expect(new TextDecoder("windows-1251").decode(message)).toBe(
      "Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы",
    );
    expect(await streebog256(message)).toEqual(
      fromStandard("508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d"),
    );
  });

  it("the empty message", async () => {
    expect((await streebog256(new Uint8Array())).toString("hex")).toBe(
      "3f539a213e97c802cc229d474c6aa32a825a360b2a933a949fd925208d9ce1bb",
    );
  });
});

describe("GOST R 34.10-2012 (256-bit) signatures", () => {
  let portal: GostCredentials;
  let other: GostCredentials;
  const text = Buffer.from(
    "RTPORTAL01openid fullname2026.12.01 12:00:00 +03009b2c1f7e-3f1c-4c1e-9a43-2d1d2a0f1b11http://portal.test/esia/callback",
  );

  beforeAll(() => {
    portal = makeGostCredentials("RTPORTAL01");
    other = makeGostCredentials("OTHERSYSTEM");
  });

  it("the engine is there (npm test checks it before it runs anything)", async () => {
    expect(await gostUnavailable()).toBeNull();
  });

  it("our signature is 64 raw bytes that `openssl dgst -verify` accepts", async () => {
    const signature = await gostSign({ pem: portal.privateKeyPem }, text);
    expect(signature).toHaveLength(64);
    const verdict = withFiles({ "cert.pem": portal.certificatePem, text: text, sig: signature }, (file) => {
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
  });

  it("verifies what `openssl dgst -sign` made, and refuses it byte-reversed, tampered, for other text or another key", async () => {
    const signature = withFiles({ "key.pem": portal.privateKeyPem, text: text }, (file) =>
      execFileSync("openssl", ["dgst", "-engine", "gost", "-md_gost12_256", "-sign", file("key.pem"), file("text")], {
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
    expect(await gostVerify(portal.certificatePem, text, signature)).toBe(true);
    expect(await gostVerify(portal.certificatePem, text, Buffer.from(signature).reverse())).toBe(false);
    const tampered = Buffer.from(signature);
    tampered[10] = tampered[10]! ^ 0x01;
    expect(await gostVerify(portal.certificatePem, text, tampered)).toBe(false);
    expect(await gostVerify(portal.certificatePem, Buffer.concat([text, Buffer.from("x")]), signature)).toBe(false);
    expect(await gostVerify(other.certificatePem, text, signature)).toBe(false);
    expect(await gostVerify(portal.certificatePem, text, signature.subarray(0, 63))).toBe(false);
  });

  it("the two halves are s then r: swapping them does not verify", async () => {
    const signature = await gostSign({ pem: portal.privateKeyPem }, text);
    const swapped = Buffer.concat([signature.subarray(32), signature.subarray(0, 32)]);
    expect(await gostVerify(portal.certificatePem, text, signature)).toBe(true);
    expect(await gostVerify(portal.certificatePem, text, swapped)).toBe(false);
  });

  it("the certificate hash is Streebog-256 of the DER, upper-case hex, as openssl computes it", async () => {
    const expected = withFiles({ "cert.pem": portal.certificatePem }, (file) => {
      const der = execFileSync("openssl", ["x509", "-in", file("cert.pem"), "-outform", "DER"]);
      return withFiles(
        { "cert.der": der },
        (path) =>
          execFileSync("openssl", ["dgst", "-engine", "gost", "-md_gost12_256", "-r", path("cert.der")], {
            stdio: ["ignore", "pipe", "ignore"],
          })
            .toString()
            .split(" ")[0]!,
      );
    });
    const hash = await gostCertificateHash(portal.certificatePem);
    expect(hash).toMatch(/^[0-9A-F]{64}$/);
    expect(hash).toBe(expected.toUpperCase());
    expect(await gostCertificateHash(other.certificatePem)).not.toBe(hash);
  });

  it("tells GOST certificates from RSA ones", () => {
    expect(isGostCertificate(portal.certificatePem)).toBe(true);
    const rsa = withFiles({}, (file) => {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-keyout",
          file("k.pem"),
          "-out",
          file("c.pem"),
          "-days",
          "1",
          "-subj",
          "/CN=RSA",
        ],
        { stdio: "ignore" },
      );
      return readFileSync(file("c.pem"), "utf8");
    });
    expect(isGostCertificate(rsa)).toBe(false);
  });

  it("a key that is not a GOST key is an error, not a signature", async () => {
    await expect(
      gostSign({ pem: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" }, text),
    ).rejects.toThrow(/openssl/);
  });
});
