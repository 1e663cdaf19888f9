import { createHash, randomBytes, randomUUID } from "node:crypto";
import { importJWK, jwtVerify } from "jose";
import type { PrismaClient } from "../generated/prisma/client";
import { parseEsiaTimestamp, pkceMatches, signedString, timestampIsFresh, verifyClientSecret } from "./client-auth";
import { legacySignedString, verifyCmsClientSecret } from "./cms";
import { EsiaProtocolError } from "./errors";
import { ensureGostSigningKey, ensureSigningKey } from "./keys";
import type { Level } from "./levels";
import { parsePermissions, permissionScopes, permissionsFromJson, permissionsToJson } from "./permissions";
import { scenarioOf, SLOW_TOKEN_DELAY_MS, type TokenDefect } from "./scenarios";
import { isEmployeeNow, parseOrgScope } from "./organizations";
import { isPersonScope, parseScope, parseTokenUpdateScope, TOKEN_UPDATE_SCOPE } from "./scopes";
import {
  CODE_LIFETIME_SECONDS,
  signAuthorizationCode,
  signTokens,
  ACCESS_TOKEN_LIFETIME_SECONDS,
  type TokenKey,
} from "./tokens";

// The OAuth 2.0 / OpenID Connect side of the mock: v2/ac validation, the code after consent,
// and v3/te. Every refusal is an EsiaProtocolError carrying the real ESIA code.

const AUTH_REQUEST_LIFETIME_MS = 30 * 60_000;
const REFRESH_TOKEN_LIFETIME_MS = 14 * 24 * 3_600_000;

type Params = Record<string, string | undefined>;

/**
 * Which pair of endpoints a request came to: `v2` (v2/ac + v3/te, a raw signature over
 * client_id+scope+scope_org+timestamp+state+redirect_uri[+code], client_certificate_hash) or
 * `legacy` (ac + te, a detached CMS signature over scope+timestamp+client_id+state, no hash).
 */
export type SigningScheme = "v2" | "legacy";

function required(params: Params, names: string[]): void {
  const missing = names.filter((name) => !params[name]);
  if (missing.length) throw new EsiaProtocolError("ESIA-007014", `[${missing.join(", ")}]`);
}

/** An error the mock must not send to the redirect_uri (unknown client, unregistered URI). */
export class UnsafeRedirectError extends Error {
  constructor(readonly esia: EsiaProtocolError) {
    super(esia.message);
  }
}

async function registeredClient(prisma: PrismaClient, clientId: string | undefined) {
  if (!clientId) return null;
  return prisma.esiaClient.findUnique({ where: { clientId } });
}

async function checkClientSignature(
  client: { certificatePem: string; certificateHash: string },
  params: Params,
  withCode: boolean,
  now: Date,
  scheme: SigningScheme,
): Promise<void> {
  const timestamp = parseEsiaTimestamp(params.timestamp ?? "");
  if (!timestamp || !timestampIsFresh(timestamp, now)) throw new EsiaProtocolError("ESIA-007015");
  if (scheme === "legacy") {
    const text = legacySignedString({
      scope: params.scope ?? "",
      timestamp: params.timestamp!,
      client_id: params.client_id!,
      state: params.state!,
    });
    if (!(await verifyCmsClientSecret(client.certificatePem, text, params.client_secret!)))
      throw new EsiaProtocolError("ESIA-007053");
    return;
  }
  if ((params.client_certificate_hash ?? "").toUpperCase() !== client.certificateHash)
    throw new EsiaProtocolError("ESIA-007002");
  const text = signedString({
    client_id: params.client_id!,
    scope: params.scope ?? "",
    scope_org: params.scope_org,
    timestamp: params.timestamp!,
    state: params.state!,
    redirect_uri: params.redirect_uri ?? "",
    code: withCode ? params.code : undefined,
  });
  if (!(await verifyClientSecret(client.certificatePem, text, params.client_secret!)))
    throw new EsiaProtocolError("ESIA-007053");
}

export interface AuthorizationRequest {
  id: string;
  clientId: string;
  redirectUri: string;
  state: string;
}

/**
 * GET /aas/oauth2/v2/ac. Throws UnsafeRedirectError when the client or redirect_uri cannot be
 * trusted, EsiaProtocolError (to be sent to redirect_uri) for every other refusal.
 */
export async function startAuthorization(
  prisma: PrismaClient,
  params: Params,
  now = new Date(),
  scheme: SigningScheme = "v2",
): Promise<AuthorizationRequest> {
  const client = await registeredClient(prisma, params.client_id);
  if (!client)
    throw new UnsafeRedirectError(new EsiaProtocolError("ESIA-007002", `[client_id=${params.client_id ?? ""}]`));
  if (!params.redirect_uri || !client.redirectUris.includes(params.redirect_uri)) {
    throw new UnsafeRedirectError(new EsiaProtocolError("ESIA-007023"));
  }
  if (params.response_type !== "code") throw new EsiaProtocolError("ESIA-007009");
  required(params, [
    "client_secret",
    ...(scheme === "v2" ? ["client_certificate_hash"] : []),
    "scope",
    "state",
    "timestamp",
    "access_type",
  ]);
  if (params.access_type !== "online" && params.access_type !== "offline")
    throw new EsiaProtocolError("ESIA-007003", "[access_type]");

  const scopes = parseScope(params.scope);
  if (!scopes.every(isPersonScope)) throw new EsiaProtocolError("ESIA-007006");
  if (!scopes.every((scope) => client.allowedScopes.includes(scope))) throw new EsiaProtocolError("ESIA-007019");
  const orgScopes = parseOrgScope(params.scope_org);
  if (!orgScopes.every((scope) => client.allowedScopes.includes(scope)))
    throw new EsiaProtocolError("ESIA-007019", "[scope_org]");
  if (params.code_challenge && params.code_challenge_method !== "S256")
    throw new EsiaProtocolError("ESIA-007003", "[code_challenge_method]");
  const permissions = parsePermissions(params.permissions, scopes);
  // A consent's data is still data the system must be approved for.
  if (!permissionScopes(permissions).every((scope) => client.allowedScopes.includes(scope)))
    throw new EsiaProtocolError("ESIA-007019", "[permissions]");

  await checkClientSignature(client, params, false, now, scheme);

  const personFilter = params.person_filter ? Buffer.from(params.person_filter, "base64").toString("utf8") : null;
  const request = await prisma.esiaAuthRequest.create({
    data: {
      id: randomBytes(18).toString("base64url"),
      clientId: client.clientId,
      redirectUri: params.redirect_uri,
      scope: scopes.join(" "),
      state: params.state!,
      accessType: params.access_type,
      personFilter,
      codeChallenge: params.code_challenge ?? null,
      codeChallengeMethod: params.code_challenge ? "S256" : null,
      nonce: params.nonce ?? null,
      ...(permissions.length ? { permissions: permissionsToJson(permissions) } : {}),
      orgScope: orgScopes.length ? orgScopes.join(" ") : null,
      expiresAt: new Date(now.getTime() + AUTH_REQUEST_LIFETIME_MS),
    },
  });
  return { id: request.id, clientId: request.clientId, redirectUri: request.redirectUri, state: request.state };
}

export async function pendingAuthorization(prisma: PrismaClient, id: string | undefined, now = new Date()) {
  if (!id) return null;
  const request = await prisma.esiaAuthRequest.findUnique({ where: { id } });
  if (!request || request.expiresAt < now) return null;
  const client = await prisma.esiaClient.findUnique({ where: { clientId: request.clientId } });
  return client ? { request, client } : null;
}

export function redirectWithError(redirectUri: string, error: EsiaProtocolError, state: string): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(error.toResponse(state))) url.searchParams.set(name, value);
  return url.toString();
}

/** After login and consent: the code (a JWT, single use, about 4 minutes) on the redirect_uri. */
export async function grantAuthorization(
  prisma: PrismaClient,
  options: {
    requestId: string;
    accountId: number;
    sessionId: string;
    authTime: Date;
    authMethod: string;
    issuer: string;
    orgOid?: number | null;
  },
  now = new Date(),
): Promise<string> {
  const pending = await pendingAuthorization(prisma, options.requestId, now);
  if (!pending) throw new EsiaProtocolError("ESIA-007011", "[authorization request expired]");
  const { request, client } = pending;
  const account = await prisma.esiaAccount.findUniqueOrThrow({ where: { id: options.accountId } });

  const refusal =
    scenarioOf(account.scenario) === "access_denied"
      ? new EsiaProtocolError("ESIA-007004")
      : (request.personFilter === "conf_acc" && account.level !== "confirmed") ||
          scenarioOf(account.scenario) === "unconfirmed_refused"
        ? new EsiaProtocolError("ESIA-007055")
        : null;
  // Entering for an organisation needs the system to have asked for its data, and the person to
  // work there now; a forged or stale choice is ESIA-007194 (an organisation the user is not in).
  const orgOid = options.orgOid ?? null;
  const orgRefusal =
    orgOid !== null && !(request.orgScope && (await isEmployeeNow(prisma, account.id, orgOid)))
      ? new EsiaProtocolError("ESIA-007194")
      : null;
  await prisma.esiaAuthRequest.delete({ where: { id: request.id } });
  const denial = refusal ?? orgRefusal;
  if (denial) return redirectWithError(request.redirectUri, denial, request.state);

  // The token's scopes: those asked for plus the data of the consents granted with them, plus the
  // organisation's when the person entered for one.
  const grantedScopes = [
    ...new Set([
      ...parseScope(request.scope),
      ...permissionScopes(permissionsFromJson(request.permissions)),
      ...(orgOid !== null ? parseScope(request.orgScope) : []),
    ]),
  ];
  const jti = randomUUID();
  await prisma.esiaAuthCode.create({
    data: {
      jti,
      clientId: client.clientId,
      accountId: account.id,
      redirectUri: request.redirectUri,
      scope: grantedScopes.join(" "),
      accessType: request.accessType,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      nonce: request.nonce,
      sessionId: options.sessionId,
      authTime: options.authTime,
      orgOid,
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_SECONDS * 1000),
    },
  });
  const key = await ensureSigningKey(prisma);
  const code = await signAuthorizationCode(key, {
    jti,
    state: request.state,
    issuer: options.issuer,
    clientId: client.clientId,
    subject: { oid: account.oid, level: account.level as Level },
    scopes: grantedScopes,
    sessionId: options.sessionId,
    authTime: options.authTime,
    authMethod: options.authMethod,
    subjectFormat: client.subjectFormat === "string" ? "string" : "number",
    now,
  });
  const url = new URL(request.redirectUri);
  url.searchParams.set("code", code);
  url.searchParams.set("state", request.state);
  return url.toString();
}

/** The user pressed «Отказать» on the consent screen. */
export async function refuseAuthorization(prisma: PrismaClient, requestId: string): Promise<string | null> {
  const pending = await pendingAuthorization(prisma, requestId);
  if (!pending) return null;
  await prisma.esiaAuthRequest.delete({ where: { id: requestId } });
  return redirectWithError(pending.request.redirectUri, new EsiaProtocolError("ESIA-007004"), pending.request.state);
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  state: string;
  token_type: "Bearer";
  expires_in: number;
}

export type TokenOutcome =
  { kind: "tokens"; body: TokenResponse; delayMs: number } | { kind: "server_error"; delayMs: number };

function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** POST /aas/oauth2/v3/te (or the legacy /aas/oauth2/te) with a form-encoded body (already parsed). */
export async function exchangeToken(
  prisma: PrismaClient,
  params: Params,
  issuer: string,
  now = new Date(),
  scheme: SigningScheme = "v2",
): Promise<TokenOutcome> {
  required(params, [
    "client_id",
    "grant_type",
    "client_secret",
    ...(scheme === "v2" ? ["client_certificate_hash"] : []),
    "state",
    "timestamp",
  ]);
  if (!["authorization_code", "refresh_token", "client_credentials"].includes(params.grant_type!))
    throw new EsiaProtocolError("ESIA-007012");
  const client = await registeredClient(prisma, params.client_id);
  if (!client) throw new EsiaProtocolError("ESIA-007002");

  if (params.grant_type === "refresh_token") {
    required(params, ["refresh_token"]);
    await checkClientSignature(client, params, false, now, scheme);
    return refreshTokens(prisma, client, params, issuer, now);
  }

  if (params.grant_type === "client_credentials") {
    required(params, ["scope", "redirect_uri"]);
    await checkClientSignature(client, params, false, now, scheme);
    return updateToken(prisma, client, params, issuer, now);
  }

  required(params, ["code", "redirect_uri", "scope"]);
  await checkClientSignature(client, params, true, now, scheme);
  const key = await ensureSigningKey(prisma);
  let jti: string;
  try {
    const { payload } = await jwtVerify(params.code!, await importJWK(key.publicJwk, "RS256"), {
      issuer,
      currentDate: now,
    });
    jti = String(payload.jti);
  } catch {
    throw new EsiaProtocolError("ESIA-007011", "[code]");
  }
  // Single use: only the first exchange marks the code used.
  const claimed = await prisma.esiaAuthCode.updateMany({
    where: { jti, usedAt: null, expiresAt: { gt: now }, clientId: client.clientId, redirectUri: params.redirect_uri },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new EsiaProtocolError("ESIA-007011", "[code]");
  const grant = await prisma.esiaAuthCode.findUniqueOrThrow({ where: { jti } });
  if (grant.codeChallenge) {
    if (!params.code_verifier) throw new EsiaProtocolError("ESIA-007014", "[code_verifier]");
    if (!pkceMatches(params.code_verifier, grant.codeChallenge)) throw new EsiaProtocolError("ESIA-007040");
  } else if (params.code_verifier) {
    throw new EsiaProtocolError("ESIA-007039");
  }

  return issue(
    prisma,
    client,
    {
      accountId: grant.accountId,
      scope: grant.scope,
      sessionId: grant.sessionId,
      authTime: grant.authTime,
      offline: grant.accessType === "offline",
      nonce: grant.nonce,
      orgOid: grant.orgOid,
    },
    params.state!,
    issuer,
    now,
  );
}

/**
 * Token update (esia.md §2.1, §4.1): a new access token for a person, without them, with scope
 * `prm_chg?oid=…` (and any person scopes for that oid). The mock grants it only to a system the
 * person has already let in, and only scopes they granted it; the token's scope claim is the
 * request's. No id_token (no openid) and no refresh token: nobody logged in.
 */
async function updateToken(
  prisma: PrismaClient,
  client: { clientId: string; subjectFormat: string; tokenAlgorithm: string },
  params: Params,
  issuer: string,
  now: Date,
): Promise<TokenOutcome> {
  const requested = parseTokenUpdateScope(params.scope);
  if (!requested) throw new EsiaProtocolError("ESIA-007006", "[scope]");
  const account = await prisma.esiaAccount.findUnique({ where: { oid: requested.oid } });
  const grants = account
    ? await prisma.esiaAuthCode.findMany({
        where: { clientId: client.clientId, accountId: account.id, usedAt: { not: null } },
        select: { scope: true },
      })
    : [];
  const granted = new Set(grants.flatMap((grant) => parseScope(grant.scope)));
  if (
    !account ||
    grants.length === 0 ||
    !requested.scopes.every((scope) => scope === TOKEN_UPDATE_SCOPE || granted.has(scope))
  ) {
    throw new EsiaProtocolError("ESIA-007019");
  }
  return issue(
    prisma,
    client,
    {
      accountId: account.id,
      scope: requested.scopes.join(" "),
      sessionId: randomUUID(),
      authTime: now,
      offline: false,
    },
    params.state!,
    issuer,
    now,
  );
}

async function refreshTokens(
  prisma: PrismaClient,
  client: { clientId: string; subjectFormat: string; tokenAlgorithm: string },
  params: Params,
  issuer: string,
  now: Date,
): Promise<TokenOutcome> {
  const tokenHash = hashRefreshToken(params.refresh_token!);
  const rotated = await prisma.esiaRefreshToken.updateMany({
    where: { tokenHash, rotatedAt: null, expiresAt: { gt: now }, clientId: client.clientId },
    data: { rotatedAt: now },
  });
  if (rotated.count !== 1) throw new EsiaProtocolError("ESIA-007011", "[refresh_token]");
  const previous = await prisma.esiaRefreshToken.findUniqueOrThrow({ where: { tokenHash } });
  // An ex-employee's refresh token no longer renews the organisation's access.
  if (previous.orgOid !== null && !(await isEmployeeNow(prisma, previous.accountId, previous.orgOid))) {
    throw new EsiaProtocolError("ESIA-007011", "[refresh_token]");
  }
  return issue(
    prisma,
    client,
    {
      accountId: previous.accountId,
      scope: previous.scope,
      sessionId: previous.sessionId,
      authTime: now,
      offline: true,
      orgOid: previous.orgOid,
    },
    params.state!,
    issuer,
    now,
  );
}

/** The system's choice on the technology portal; the authorization code itself stays RS256 (clients treat it as opaque). */
async function tokenKeyFor(prisma: PrismaClient, client: { tokenAlgorithm: string }): Promise<TokenKey> {
  if (client.tokenAlgorithm === "GOST3410_2012_256")
    return { algorithm: "GOST3410_2012_256", key: await ensureGostSigningKey(prisma) };
  return { algorithm: "RS256", key: await ensureSigningKey(prisma) };
}

async function issue(
  prisma: PrismaClient,
  client: { clientId: string; subjectFormat: string; tokenAlgorithm: string },
  grant: {
    accountId: number;
    scope: string;
    sessionId: string;
    authTime: Date;
    offline: boolean;
    nonce?: string | null;
    orgOid?: number | null;
  },
  state: string,
  issuer: string,
  now: Date,
): Promise<TokenOutcome> {
  const account = await prisma.esiaAccount.findUniqueOrThrow({ where: { id: grant.accountId } });
  const scenario = scenarioOf(account.scenario);
  if (scenario === "token_server_error") return { kind: "server_error", delayMs: 0 };
  const defect = scenario?.startsWith("token_") && scenario !== "token_slow" ? (scenario as TokenDefect) : null;

  const tokens = await signTokens(
    await tokenKeyFor(prisma, client),
    {
      issuer,
      clientId: client.clientId,
      subject: { oid: account.oid, level: account.level as Level },
      scopes: parseScope(grant.scope),
      sessionId: grant.sessionId,
      authTime: grant.authTime,
      authMethod: "PWD",
      subjectFormat: client.subjectFormat === "string" ? "string" : "number",
      nonce: grant.nonce ?? null,
      orgOid: grant.orgOid ?? null,
      now,
    },
    defect,
  );
  let refreshToken: string | undefined;
  if (grant.offline) {
    refreshToken = randomUUID();
    await prisma.esiaRefreshToken.create({
      data: {
        tokenHash: hashRefreshToken(refreshToken),
        clientId: client.clientId,
        accountId: account.id,
        scope: grant.scope,
        sessionId: grant.sessionId,
        orgOid: grant.orgOid ?? null,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_LIFETIME_MS),
      },
    });
  }
  return {
    kind: "tokens",
    delayMs: scenario === "token_slow" ? SLOW_TOKEN_DELAY_MS : 0,
    body: {
      ...tokens,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      state,
      token_type: "Bearer",
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    },
  };
}
