import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { GostUnavailableError } from "../crypto/gost";
import { signGostJwt } from "../crypto/gost-jwt";
import { makeGostCredentials, type GostCredentials } from "../crypto/gost-testing";
import { EsiaTokenError, verifyEsiaTokens, type TokenExpectations } from "./tokens";

const ISSUER = "http://esia.example/";
const CLIENT = "RTPORTAL01";
const NOW = new Date("2026-11-23T10:00:00Z");
const iat = Math.floor(NOW.getTime() / 1000);

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let expectations: TokenExpectations;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair("RS256")).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256" };
  expectations = {
    keys: createLocalJWKSet({ keys: [jwk] }),
    issuer: ISSUER,
    clientId: CLIENT,
    nonce: "n-123",
    requireNonce: true,
    now: NOW,
  };
});

type Claims = Record<string, unknown>;
const idClaims = (overrides: Claims = {}): Claims => ({
  iss: ISSUER,
  aud: CLIENT,
  sub: 1000300002,
  iat,
  nbf: iat,
  exp: iat + 10_800,
  nonce: "n-123",
  "urn:esia:sbj": { "urn:esia:sbj:typ": "P", "urn:esia:sbj:lvl": "P", "urn:esia:sbj:oid": 1000300002 },
  ...overrides,
});
const accessClaims = (overrides: Claims = {}): Claims => ({
  iss: ISSUER,
  client_id: CLIENT,
  "urn:esia:sbj_id": 1000300002,
  scope: "openid fullname?oid=1000300002 snils?oid=1000300002",
  iat,
  nbf: iat,
  exp: iat + 3_600,
  ...overrides,
});

async function jwt(claims: Claims, sbt: string, key: CryptoKey = signingKey): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", typ: "JWT", kid: "k1", ver: 1, sbt }).sign(key);
}

function unsigned(claims: Claims, sbt: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none", typ: "JWT", sbt })}.${encode(claims)}.`;
}

async function problem(
  tokens: { id_token?: string; access_token: string },
  overrides: Partial<TokenExpectations> = {},
): Promise<string> {
  try {
    await verifyEsiaTokens(tokens, { ...expectations, ...overrides });
  } catch (error) {
    if (error instanceof EsiaTokenError) return `${error.token}:${error.problem}`;
    throw error;
  }
  return "accepted";
}

describe("verifyEsiaTokens", () => {
  it("accepts ESIA-shaped tokens and reads the oid, level and scopes", async () => {
    const identity = await verifyEsiaTokens(
      { id_token: await jwt(idClaims(), "id"), access_token: await jwt(accessClaims(), "access") },
      expectations,
    );
    expect(identity).toMatchObject({
      oid: "1000300002",
      levelClaim: "P",
      trustedClaim: false,
      scopes: ["openid", "fullname", "snils"],
    });
  });

  it("accepts the real ESIA's tokens without a nonce when the nonce is not required", async () => {
    const { nonce: _nonce, ...withoutNonce } = idClaims();
    const tokens = { id_token: await jwt(withoutNonce, "id"), access_token: await jwt(accessClaims(), "access") };
    expect(await problem(tokens, { requireNonce: false })).toBe("accepted");
    expect(await problem(tokens)).toBe("id_token:nonce");
  });

  it.each([
    ["a wrong nonce", { nonce: "someone-elses" }, "id_token:nonce"],
    ["a wrong issuer", { iss: "http://evil.example/" }, "id_token:issuer"],
    ["another system's audience", { aud: "OTHERSYSTEM" }, "id_token:audience"],
    ["an expired token", { exp: iat - 3_600, iat: iat - 14_400, nbf: iat - 14_400 }, "id_token:expired"],
    ["a token not yet valid", { nbf: iat + 3_600 }, "id_token:not_yet_valid"],
    ["no subject", { sub: undefined }, "id_token:subject"],
    ["a non-numeric subject", { sub: "alice" }, "id_token:subject"],
  ])("refuses an id_token with %s", async (_case, overrides, expected) => {
    expect(
      await problem({
        id_token: await jwt(idClaims(overrides), "id"),
        access_token: await jwt(accessClaims(), "access"),
      }),
    ).toBe(expected);
  });

  it("tolerates 60 s of clock skew, not more", async () => {
    const access = await jwt(accessClaims(), "access");
    expect(await problem({ id_token: await jwt(idClaims({ exp: iat - 30 }), "id"), access_token: access })).toBe(
      "accepted",
    );
    expect(await problem({ id_token: await jwt(idClaims({ exp: iat - 90 }), "id"), access_token: access })).toBe(
      "id_token:expired",
    );
  });

  it("refuses alg none, a foreign signature and garbage", async () => {
    const access = await jwt(accessClaims(), "access");
    expect(await problem({ id_token: unsigned(idClaims(), "id"), access_token: access })).toBe("id_token:algorithm");
    expect(await problem({ id_token: await jwt(idClaims(), "id", otherKey), access_token: access })).toBe(
      "id_token:signature",
    );
    expect(await problem({ id_token: "not.a.jwt", access_token: access })).toBe("id_token:malformed");
    expect(await problem({ access_token: access })).toBe("id_token:malformed");
  });

  it("refuses an access token for another system, another person, or of the wrong kind", async () => {
    const id = await jwt(idClaims(), "id");
    expect(
      await problem({ id_token: id, access_token: await jwt(accessClaims({ client_id: "OTHERSYSTEM" }), "access") }),
    ).toBe("access_token:audience");
    expect(
      await problem({
        id_token: id,
        access_token: await jwt(accessClaims({ "urn:esia:sbj_id": 1000300003 }), "access"),
      }),
    ).toBe("access_token:subject");
    expect(await problem({ id_token: id, access_token: await jwt(accessClaims(), "id") })).toBe(
      "access_token:token_type",
    );
    expect(await problem({ id_token: id, access_token: await jwt(accessClaims(), "access", otherKey) })).toBe(
      "access_token:signature",
    );
    expect(await problem({ id_token: id, access_token: unsigned(accessClaims(), "access") })).toBe(
      "access_token:algorithm",
    );
  });
});

describe("verifyEsiaTokens with GOST3410_2012_256 tokens (ESIA's other setting)", () => {
  let esia: GostCredentials;
  let impostor: GostCredentials;
  let gost: TokenExpectations;

  beforeAll(() => {
    esia = makeGostCredentials("ESIA");
    impostor = makeGostCredentials("ESIA");
    gost = { ...expectations, gostCertificates: async () => [impostor.certificatePem, esia.certificatePem] };
  });

  const gostJwt = (claims: Claims, sbt: string, key = esia) =>
    signGostJwt({ pem: key.privateKeyPem }, { typ: "JWT", ver: 1, sbt }, claims);
  const gostProblem = (
    tokens: { id_token?: string; access_token: string },
    overrides: Partial<TokenExpectations> = {},
  ) => problem(tokens, { ...gost, ...overrides });

  it("accepts tokens signed by one of ESIA's GOST certificates, with the same claim checks as RS256", async () => {
    const access = await gostJwt(accessClaims(), "access");
    expect(await gostProblem({ id_token: await gostJwt(idClaims(), "id"), access_token: access })).toBe("accepted");
    expect(
      await gostProblem({
        id_token: await gostJwt(idClaims({ iss: "http://evil.example/" }), "id"),
        access_token: access,
      }),
    ).toBe("id_token:issuer");
    expect(
      await gostProblem({ id_token: await gostJwt(idClaims({ aud: "OTHERSYSTEM" }), "id"), access_token: access }),
    ).toBe("id_token:audience");
    expect(
      await gostProblem({ id_token: await gostJwt(idClaims({ exp: iat - 90 }), "id"), access_token: access }),
    ).toBe("id_token:expired");
    expect(
      await gostProblem({ id_token: await gostJwt(idClaims({ nbf: iat + 3_600 }), "id"), access_token: access }),
    ).toBe("id_token:not_yet_valid");
    expect(
      await gostProblem({ id_token: await gostJwt(idClaims({ nonce: "someone-elses" }), "id"), access_token: access }),
    ).toBe("id_token:nonce");
    expect(
      await gostProblem({
        id_token: await gostJwt(idClaims(), "id"),
        access_token: await gostJwt(accessClaims({ client_id: "OTHERSYSTEM" }), "access"),
      }),
    ).toBe("access_token:audience");
  });

  it("refuses a GOST token whose signature does not match ESIA's certificates: another key, reversed, tampered, swapped payload", async () => {
    const access = await gostJwt(accessClaims(), "access");
    const id = await gostJwt(idClaims(), "id");
    const [header, payload, signature] = id.split(".") as [string, string, string];
    const reversed = Buffer.from(signature, "base64url").reverse().toString("base64url");
    const tampered = Buffer.from(signature, "base64url");
    tampered[0] = tampered[0]! ^ 0x80;
    const otherPayload = (await gostJwt(idClaims({ sub: 1000300003 }), "id")).split(".")[1];
    expect(
      await gostProblem({
        id_token: await gostJwt(idClaims(), "id", makeGostCredentials("ESIA")),
        access_token: access,
      }),
    ).toBe("id_token:signature");
    expect(await gostProblem({ id_token: `${header}.${payload}.${reversed}`, access_token: access })).toBe(
      "id_token:signature",
    );
    expect(
      await gostProblem({ id_token: `${header}.${payload}.${tampered.toString("base64url")}`, access_token: access }),
    ).toBe("id_token:signature");
    expect(await gostProblem({ id_token: `${header}.${otherPayload}.${signature}`, access_token: access })).toBe(
      "id_token:signature",
    );
    expect(
      await gostProblem(
        { id_token: id, access_token: access },
        { gostCertificates: async () => [impostor.certificatePem] },
      ),
    ).toBe("id_token:signature");
  });

  it("without GOST certificates (a JWKS only) a GOST token is refused; alg none and unknown algorithms still are", async () => {
    const id = await gostJwt(idClaims(), "id");
    const access = await gostJwt(accessClaims(), "access");
    expect(await problem({ id_token: id, access_token: access })).toBe("id_token:signature");
    const [, payload, signature] = id.split(".") as [string, string, string];
    const header512 = Buffer.from(JSON.stringify({ alg: "GOST3410_2012_512", typ: "JWT", sbt: "id" })).toString(
      "base64url",
    );
    expect(await gostProblem({ id_token: `${header512}.${payload}.${signature}`, access_token: access })).toBe(
      "id_token:algorithm",
    );
    expect(await gostProblem({ id_token: unsigned(idClaims(), "id"), access_token: access })).toBe(
      "id_token:algorithm",
    );
  });

  it("says so when this server cannot check GOST at all (no engine), instead of blaming ESIA's token", async () => {
    const tokens = { id_token: await gostJwt(idClaims(), "id"), access_token: await gostJwt(accessClaims(), "access") };
    const missing = async (): Promise<readonly string[]> => {
      throw new GostUnavailableError("engine not found");
    };
    expect(await gostProblem(tokens, { gostCertificates: missing })).toBe("id_token:verifier_unavailable");
  });
});
