import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkTotp,
  generateTotpSecret,
  groupedSecret,
  normalizeTotpInput,
  openTotpSecret,
  sealTotpSecret,
  totpCode,
  totpStep,
  totpUri,
} from "./totp";

// RFC 6238 appendix B (SHA-1): the ASCII seed "12345678901234567890", here in base32. Our codes
// are the 6-digit truncation of the same HOTP values, i.e. their last six digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
];

const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP codes", () => {
  it.each(RFC_VECTORS)("matches RFC 6238 at T=%i", (seconds, eightDigits) => {
    expect(totpCode(RFC_SECRET, at(seconds))).toBe(eightDigits.slice(-6));
  });

  it("accepts the current step and one either side, nothing further", () => {
    const now = at(1_800_000_015);
    const secret = generateTotpSecret();
    for (const offset of [-30, 0, 30]) {
      expect(checkTotp(secret, totpCode(secret, at(1_800_000_015 + offset)), null, now)).toEqual({
        ok: true,
        step: totpStep(at(1_800_000_015 + offset)),
      });
    }
    for (const offset of [-60, 60, 3600]) {
      expect(checkTotp(secret, totpCode(secret, at(1_800_000_015 + offset)), null, now)).toEqual({
        ok: false,
        reason: "wrong",
      });
    }
  });

  it("refuses a code of the last accepted step or an earlier one", () => {
    const now = at(1_800_000_015);
    const secret = generateTotpSecret();
    const code = totpCode(secret, now);
    const step = totpStep(now);
    expect(checkTotp(secret, code, step, now)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(secret, code, step + 1, now)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(secret, code, step - 1, now)).toEqual({ ok: true, step });
    // The next step's code is still good after this one was used.
    expect(checkTotp(secret, totpCode(secret, at(1_800_000_045)), step, now)).toMatchObject({
      ok: true,
      step: step + 1,
    });
  });

  it("refuses what is not six digits before checking it, and takes spaces", () => {
    const secret = generateTotpSecret();
    const now = new Date();
    for (const input of ["", "12345", "1234567", "12a456", "١٢٣٤٥٦"])
      expect(checkTotp(secret, input, null, now)).toEqual({ ok: false, reason: "format" });
    const code = totpCode(secret, now);
    expect(normalizeTotpInput(` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(code);
    expect(checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toMatchObject({ ok: true });
  });

  it("refuses another secret's code", () => {
    const now = new Date();
    expect(checkTotp(generateTotpSecret(), totpCode(generateTotpSecret(), now), null, now)).toMatchObject({
      ok: false,
    });
  });
});

describe("TOTP enrolment data", () => {
  it("makes 160-bit base32 secrets, a different one each time", () => {
    const secrets = new Set(Array.from({ length: 20 }, generateTotpSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("builds the otpauth URI an authenticator app reads", () => {
    const uri = new URL(totpUri("kazan.caseworker", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Портал услуг РТ — сотрудники:kazan.caseworker");
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      issuer: "Портал услуг РТ — сотрудники",
    });
  });

  it("groups the secret by four for typing", () => {
    expect(groupedSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
  });
});

describe("TOTP secrets at rest", () => {
  const key = randomBytes(32);
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  it("seals with AES-256-GCM so the stored value does not show the secret", () => {
    const sealed = sealTotpSecret(secret, 7, key);
    expect(sealed).not.toContain(secret);
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealTotpSecret(secret, 7, key)).not.toBe(sealed);
    expect(openTotpSecret(sealed, 7, key)).toBe(secret);
  });

  it("opens only for the same account, the same key, and an intact value", () => {
    const sealed = sealTotpSecret(secret, 7, key);
    expect(openTotpSecret(sealed, 8, key)).toBeNull();
    expect(openTotpSecret(sealed, 7, randomBytes(32))).toBeNull();
    const [version, nonce, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(openTotpSecret([version, nonce, tag, flipped.toString("base64url")].join("."), 7, key)).toBeNull();
    expect(openTotpSecret([version, nonce, tag!.slice(0, 6), body].join("."), 7, key)).toBeNull();
    for (const junk of [null, undefined, "", "v1.a.b", secret, `v2.${nonce}.${tag}.${body}`])
      expect(openTotpSecret(junk, 7, key)).toBeNull();
  });
});
