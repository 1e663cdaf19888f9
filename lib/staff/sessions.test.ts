import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sealStaffToken, unsealStaffToken } from "./sessions";

describe("staff session cookie seal", () => {
  const key = randomBytes(32);
  const token = randomBytes(32).toString("base64url");

  it("opens its own seal", () => {
    expect(unsealStaffToken(sealStaffToken(token, key), key)).toBe(token);
  });

  it("refuses another key's seal, a changed token, and anything else", () => {
    const sealed = sealStaffToken(token, key);
    expect(unsealStaffToken(sealed, randomBytes(32))).toBeNull();
    const other = randomBytes(32).toString("base64url");
    expect(unsealStaffToken(`${other}.${sealed.split(".")[1]}`, key)).toBeNull();
    expect(unsealStaffToken(`${token}.${sealed.split(".")[1]!.slice(0, 20)}`, key)).toBeNull();
    for (const junk of [null, undefined, "", token, `${token}.`, "a.b"]) expect(unsealStaffToken(junk, key)).toBeNull();
  });

  it("never takes a citizen's next-auth session token (a JWE) for a staff one", () => {
    // next-auth 4 encodes sessions as a five-part dir/A256GCM JWE.
    const jwe = [
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0",
      "",
      randomBytes(12).toString("base64url"),
      randomBytes(80).toString("base64url"),
      randomBytes(16).toString("base64url"),
    ].join(".");
    expect(unsealStaffToken(jwe, key)).toBeNull();
  });
});
