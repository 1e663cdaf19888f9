import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importPKCS8, jwtVerify, SignJWT } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { makeGostCredentials } from "../crypto/gost-testing";
import { makeClientCredentials } from "../esia-mock/testing";
import { esiaKeys } from "./client";

// ESIA's certificates file (esia.zip's certificates as one PEM): RSA ones verify RS256 tokens, GOST
// ones GOST3410_2012_256 tokens; a replaced file is read again without a restart.

describe("esiaKeys from a certificates file", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "esia-keys-"));
  const file = path.join(folder, "esia.pem");
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("splits RSA and GOST certificates, and reads the file again when it changes", async () => {
    const rsa = makeClientCredentials("ESIA RSA");
    const gost = makeGostCredentials("ESIA GOST");
    const nextGost = makeGostCredentials("ESIA GOST 2027");
    writeFileSync(file, `${rsa.certificatePem}\n${gost.certificatePem}`);
    const keys = await esiaKeys({ certificatesFile: file });

    expect(await keys.gostCertificates()).toEqual([gost.certificatePem.trim()]);
    const token = await new SignJWT({ sub: "1" })
      .setProtectedHeader({ alg: "RS256" })
      .sign(await importPKCS8(rsa.privateKeyPem, "RS256"));
    expect((await jwtVerify(token, keys.keys)).payload.sub).toBe("1");

    // ESIA's new certificate added beside the old one: no restart.
    writeFileSync(file, `${gost.certificatePem}\n${nextGost.certificatePem}`);
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(await keys.gostCertificates()).toEqual([gost.certificatePem.trim(), nextGost.certificatePem.trim()]);
    await expect(jwtVerify(token, keys.keys)).rejects.toThrow(/no applicable key|matching/i);
  });
});
