import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { openSessionId, sealSessionId, sessionConfiguration, type SessionCookieSettings } from "./session-cookie";
import { newSessionToken } from "./session-token";

const secret = randomBytes(32).toString("base64url");
const citizenSettings: SessionCookieSettings = {
  audience: "citizen",
  name: "portal.session-token",
  path: "/",
  sameSite: "lax",
  maxAgeSeconds: 3_600,
  secret,
  secure: false,
  salt: "",
};
const staffSettings: SessionCookieSettings = {
  audience: "staff",
  name: "portal.staff-session",
  path: "/staff",
  sameSite: "strict",
  maxAgeSeconds: 3_600,
  secret: randomBytes(32).toString("base64url"),
  secure: false,
  salt: "portal.staff-session",
};
const citizens = sessionConfiguration(citizenSettings);
const staff = sessionConfiguration(staffSettings);

describe("the session cookie in its two configurations", () => {
  const token = newSessionToken();

  it("opens its own cookie", async () => {
    expect(await openSessionId(citizens, await sealSessionId(citizens, token, "7"))).toBe(token);
    expect(await openSessionId(staff, await sealSessionId(staff, token))).toBe(token);
  });

  it("never takes one configuration's cookie for the other's", async () => {
    expect(await openSessionId(staff, await sealSessionId(citizens, token, "7"))).toBeNull();
    expect(await openSessionId(citizens, await sealSessionId(staff, token))).toBeNull();
  });

  it("refuses a cookie for another audience even under the same key", async () => {
    const sameKey = sessionConfiguration({ ...citizenSettings, audience: "staff" });
    expect(await openSessionId(sameKey, await sealSessionId(citizens, token, "7"))).toBeNull();
    expect(await openSessionId(citizens, await sealSessionId(sameKey, token))).toBeNull();
  });

  it("refuses an expired, damaged or foreign value, and anything else", async () => {
    const expired = await encode({
      token: { sid: token, aud: "staff" },
      secret: staffSettings.secret,
      salt: staffSettings.salt,
      maxAge: -60,
    });
    expect(await openSessionId(staff, expired)).toBeNull();
    const sealed = await sealSessionId(staff, token);
    const parts = sealed.split(".");
    parts[3] = randomBytes(Buffer.from(parts[3]!, "base64url").length).toString("base64url");
    expect(await openSessionId(staff, parts.join("."))).toBeNull();
    const noSession = await encode({ token: { sub: "7" }, secret, maxAge: 60 });
    expect(await openSessionId(citizens, noSession)).toBeNull();
    for (const junk of [null, undefined, "", token, `${token}.${token}`, "a.b.c.d.e"])
      expect(await openSessionId(staff, junk)).toBeNull();
  });

  it("still opens a citizens' cookie issued by next-auth's encoder before the audience claim", async () => {
    const legacy = await encode({ token: { sub: "7", sid: token }, secret, maxAge: 60 });
    expect(await openSessionId(citizens, legacy)).toBe(token);
    expect(await openSessionId(sessionConfiguration({ ...citizenSettings, audience: "staff" }), legacy)).toBeNull();
  });

  it("names, scopes and flags each cookie", () => {
    expect(citizens.cookies.sessionToken).toEqual({
      name: "portal.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(sessionConfiguration({ ...staffSettings, secure: true }).cookies.sessionToken).toEqual({
      name: "__Secure-portal.staff-session",
      options: { httpOnly: true, sameSite: "strict", path: "/staff", secure: true },
    });
  });
});
