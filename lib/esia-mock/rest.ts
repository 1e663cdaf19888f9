import { decodeProtectedHeader, importJWK, jwtVerify, UnsecuredJWT, type JWTPayload, type ProtectedHeaderParameters } from "jose";
import { gostVerify } from "../crypto/gost";
import { GOST_JWS_ALGORITHM } from "../crypto/gost-jwt";
import type { PrismaClient } from "../generated/prisma/client";
import { ensureSigningKey, gostCertificates } from "./keys";
import type { Level } from "./levels";
import {
  isCollectionName,
  kidBirthCertificate,
  parseRootEmbed,
  personCollection,
  personWithEmbeds,
  COLLECTIONS,
  type PersonRecord,
} from "./person";
import { scenarioOf } from "./scenarios";

// The person REST API: Bearer access token → the oid and scopes it grants → JSON.

export type RestResult = { status: 200; body: unknown } | { status: 401 | 403 | 404 | 500; body: unknown };

const UNAUTHORIZED: RestResult = { status: 401, body: { code: "Unauthorized", message: "Unauthorized" } };
const FORBIDDEN: RestResult = { status: 403, body: { code: "Forbidden", message: "Access denied" } };
const NOT_FOUND: RestResult = { status: 404, body: { code: "NotFound", message: "Not found" } };

/** The mock's own access tokens: RS256, or GOST3410_2012_256 for systems that chose GOST. */
async function verifyAccessToken(prisma: PrismaClient, token: string, issuer: string): Promise<{ payload: JWTPayload; protectedHeader: ProtectedHeaderParameters }> {
  const header = decodeProtectedHeader(token);
  if (header.alg === GOST_JWS_ALGORITHM) {
    const [encodedHeader, encodedPayload, signature] = token.split(".");
    const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`, "ascii");
    const bytes = Buffer.from(signature ?? "", "base64url");
    let valid = false;
    for (const certificate of await gostCertificates(prisma)) valid ||= await gostVerify(certificate, signed, bytes);
    if (!valid) throw new Error("GOST signature");
    return { payload: UnsecuredJWT.decode(`${Buffer.from('{"alg":"none"}').toString("base64url")}.${encodedPayload}.`, { issuer }).payload, protectedHeader: header };
  }
  const key = await ensureSigningKey(prisma);
  return jwtVerify(token, await importJWK(key.publicJwk, "RS256"), { issuer, algorithms: ["RS256"] });
}

async function grantFromToken(prisma: PrismaClient, authorization: string | null, issuer: string) {
  const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  if (!token) return null;
  try {
    const { payload, protectedHeader } = await verifyAccessToken(prisma, token, issuer);
    if (protectedHeader.sbt !== "access") return null;
    const oid = Number(payload["urn:esia:sbj_id"]);
    const scopes = String(payload.scope ?? "")
      .split(" ")
      .filter(Boolean)
      .map((scope) => scope.split("?")[0]!);
    return Number.isInteger(oid) ? { oid, scopes } : null;
  } catch {
    return null;
  }
}

async function loadPerson(prisma: PrismaClient, oid: number): Promise<{ person: PersonRecord; scenario: string | null } | null> {
  const account = await prisma.esiaAccount.findUnique({
    where: { oid },
    include: {
      documents: { orderBy: { id: "asc" } },
      addresses: { orderBy: { id: "asc" } },
      kids: { orderBy: { id: "asc" } },
      checks: { where: { status: "verifying" }, take: 1 },
      mailCodes: { where: { usedAt: null, expiresAt: { gt: new Date() } }, take: 1 },
    },
  });
  if (!account) return null;
  const { checks, mailCodes, ...rest } = account;
  return {
    person: { ...rest, level: account.level as Level, verifying: checks.length > 0, containsUpCfmCode: mailCodes.length > 0 },
    scenario: account.scenario,
  };
}

/** GET /rs/prns/{oid}[/{collection}[/{id}[/docs]]] */
export async function personResource(
  prisma: PrismaClient,
  options: { authorization: string | null; path: string[]; embed: string | null; issuer: string; baseUrl: string },
): Promise<RestResult> {
  const grant = await grantFromToken(prisma, options.authorization, options.issuer);
  if (!grant) return UNAUTHORIZED;
  const [oidText, collectionName, itemId, subCollection] = options.path;
  const oid = Number(oidText);
  if (!Number.isInteger(oid)) return NOT_FOUND;
  // A token opens only its own person's data.
  if (oid !== grant.oid) return FORBIDDEN;
  const loaded = await loadPerson(prisma, oid);
  if (!loaded || loaded.person.status === "DELETED") return NOT_FOUND;
  const scenario = scenarioOf(loaded.scenario);
  if (scenario === "rest_unauthorized") return UNAUTHORIZED;
  if (scenario === "rest_forbidden") return FORBIDDEN;
  if (scenario === "rest_server_error") return { status: 500, body: { code: "InternalError", message: "Internal error" } };
  const { person } = loaded;
  const embedElements = (options.embed ?? "").replace(/\s/g, "") === "(elements)";

  if (!collectionName) return { status: 200, body: personWithEmbeds(person, grant.scopes, options.baseUrl, parseRootEmbed(options.embed)) };
  if (!isCollectionName(collectionName)) return NOT_FOUND;
  const items = COLLECTIONS[collectionName].items(person, grant.scopes);
  if (!itemId) {
    if (items.length === 0 && !hasScopeFor(collectionName, grant.scopes)) return FORBIDDEN;
    return { status: 200, body: personCollection(person, collectionName, grant.scopes, options.baseUrl, embedElements) };
  }
  const item = items.find((candidate) => String(candidate.id) === itemId);
  if (!item) return NOT_FOUND;
  if (!subCollection) return { status: 200, body: item };
  if (collectionName === "kids" && subCollection === "docs" && grant.scopes.includes("kid_birth_cert_doc")) {
    const kid = person.kids.find((candidate) => String(candidate.id) === itemId)!;
    const certificate = kidBirthCertificate(kid);
    return { status: 200, body: { stateFacts: ["hasSize"], size: 1, elements: [embedElements ? certificate : `${options.baseUrl}/rs/prns/${oid}/kids/${itemId}/docs/${certificate.id}`] } };
  }
  return NOT_FOUND;
}

const SCOPES_FOR: Record<string, string[]> = {
  ctts: ["contacts", "mobile", "email"],
  docs: ["id_doc"],
  addrs: ["addresses"],
  kids: ["kid_fullname", "kid_birthdate", "kid_gender", "kid_snils", "kid_birth_cert_doc"],
};

function hasScopeFor(collection: string, scopes: string[]): boolean {
  return (SCOPES_FOR[collection] ?? []).some((scope) => scopes.includes(scope));
}
