import {
  decodeProtectedHeader,
  importJWK,
  jwtVerify,
  UnsecuredJWT,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from "jose";
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
import {
  collection,
  isOrgCollectionName,
  orgCollectionItems,
  orgGrantsOf,
  organizationRoot,
  roleOf,
  MAX_OID,
  ORG_COLLECTIONS,
} from "./organizations";
import { scenarioOf } from "./scenarios";

// The person REST API: Bearer access token → the oid and scopes it grants → JSON.

export type RestResult = { status: 200; body: unknown } | { status: 401 | 403 | 404 | 500; body: unknown };

const UNAUTHORIZED: RestResult = { status: 401, body: { code: "Unauthorized", message: "Unauthorized" } };
const FORBIDDEN: RestResult = { status: 403, body: { code: "Forbidden", message: "Access denied" } };
const NOT_FOUND: RestResult = { status: 404, body: { code: "NotFound", message: "Not found" } };

/** The mock's own access tokens: RS256, or GOST3410_2012_256 for systems that chose GOST. */
async function verifyAccessToken(
  prisma: PrismaClient,
  token: string,
  issuer: string,
): Promise<{ payload: JWTPayload; protectedHeader: ProtectedHeaderParameters }> {
  const header = decodeProtectedHeader(token);
  if (header.alg === GOST_JWS_ALGORITHM) {
    const [encodedHeader, encodedPayload, signature] = token.split(".");
    const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`, "ascii");
    const bytes = Buffer.from(signature ?? "", "base64url");
    let valid = false;
    for (const certificate of await gostCertificates(prisma)) valid ||= await gostVerify(certificate, signed, bytes);
    if (!valid) throw new Error("GOST signature");
    return {
      payload: UnsecuredJWT.decode(`${Buffer.from('{"alg":"none"}').toString("base64url")}.${encodedPayload}.`, {
        issuer,
      }).payload,
      protectedHeader: header,
    };
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
    const claim = String(payload.scope ?? "");
    // Person scopes read `name?oid=…`; an organisation's `org_*?org_oid=…` open only that organisation.
    const scopes = claim
      .split(" ")
      .filter((scope) => scope && !scope.includes("?org_oid="))
      .map((scope) => scope.split("?")[0]!);
    return Number.isInteger(oid) ? { oid, scopes, orgGrants: orgGrantsOf(claim) } : null;
  } catch {
    return null;
  }
}

async function loadPerson(
  prisma: PrismaClient,
  oid: number,
): Promise<{ person: PersonRecord; scenario: string | null } | null> {
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
    person: {
      ...rest,
      level: account.level as Level,
      verifying: checks.length > 0,
      containsUpCfmCode: mailCodes.length > 0,
    },
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
  if (scenario === "rest_server_error")
    return { status: 500, body: { code: "InternalError", message: "Internal error" } };
  const { person } = loaded;
  const embedElements = (options.embed ?? "").replace(/\s/g, "") === "(elements)";

  if (collectionName === "roles" && !itemId) {
    // The organisations the person works at now (usr_org): each item inline, as ESIA gives them.
    if (!grant.scopes.includes("usr_org")) return FORBIDDEN;
    const memberships = await prisma.esiaOrgEmployee.findMany({
      where: { accountId: person.id, leftAt: null },
      include: { organization: true },
      orderBy: { id: "asc" },
    });
    return { status: 200, body: collection(memberships.map((membership) => roleOf(oid, membership))) };
  }

  if (!collectionName)
    return {
      status: 200,
      body: personWithEmbeds(person, grant.scopes, options.baseUrl, parseRootEmbed(options.embed)),
    };
  if (!isCollectionName(collectionName)) return NOT_FOUND;
  const items = COLLECTIONS[collectionName].items(person, grant.scopes);
  if (!itemId) {
    if (items.length === 0 && !hasScopeFor(collectionName, grant.scopes)) return FORBIDDEN;
    return {
      status: 200,
      body: personCollection(person, collectionName, grant.scopes, options.baseUrl, embedElements),
    };
  }
  const item = items.find((candidate) => String(candidate.id) === itemId);
  if (!item) return NOT_FOUND;
  if (!subCollection) return { status: 200, body: item };
  if (collectionName === "kids" && subCollection === "docs" && grant.scopes.includes("kid_birth_cert_doc")) {
    const kid = person.kids.find((candidate) => String(candidate.id) === itemId)!;
    const certificate = kidBirthCertificate(kid);
    return {
      status: 200,
      body: {
        stateFacts: ["hasSize"],
        size: 1,
        elements: [
          embedElements ? certificate : `${options.baseUrl}/rs/prns/${oid}/kids/${itemId}/docs/${certificate.id}`,
        ],
      },
    };
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

/**
 * GET /rs/orgs/{oid}[/emps|addrs|ctts[/{id}]]: only with a token issued for this organisation
 * (its `org_*?org_oid=` scopes), only while the token's person still works there; each collection
 * needs its own scope (org_emps, org_addrs, org_ctts). Anything else is ESIA's 403.
 */
export async function organizationResource(
  prisma: PrismaClient,
  options: { authorization: string | null; path: string[]; embed: string | null; issuer: string; baseUrl: string },
): Promise<RestResult> {
  const grant = await grantFromToken(prisma, options.authorization, options.issuer);
  if (!grant) return UNAUTHORIZED;
  const [oidText, collectionName, itemId, ...rest] = options.path;
  const orgOid = Number(oidText);
  if (!/^[1-9][0-9]{0,9}$/.test(oidText ?? "") || orgOid > MAX_OID || rest.length) return NOT_FOUND;
  const scopes = grant.orgGrants.get(orgOid);
  // A token for another organisation, or none, opens nothing here.
  if (!scopes) return FORBIDDEN;
  const organization = await prisma.esiaOrganization.findUnique({
    where: { oid: orgOid },
    include: { employees: { include: { account: true }, orderBy: { id: "asc" } } },
  });
  if (!organization) return NOT_FOUND;
  const stillEmployed = organization.employees.some(
    (employee) => employee.account.oid === grant.oid && employee.leftAt === null,
  );
  if (!stillEmployed) return FORBIDDEN;

  if (!collectionName) {
    const root = organizationRoot(organization, scopes);
    // `?embed=(employees.elements,addresses.elements)` inlines the collections the token opens.
    const embedded =
      /^\((.*)\)$/
        .exec((options.embed ?? "").trim())?.[1]
        ?.split(",")
        .map((part) => part.trim().replace(/\.elements$/, "")) ?? [];
    for (const [name, { scope, key }] of Object.entries(ORG_COLLECTIONS)) {
      if (embedded.includes(key) && scopes.has(scope))
        root[key] = collection(
          orgCollectionItems(name as keyof typeof ORG_COLLECTIONS, organization, organization.employees),
        );
    }
    return { status: 200, body: root };
  }
  if (!isOrgCollectionName(collectionName)) return NOT_FOUND;
  if (!scopes.has(ORG_COLLECTIONS[collectionName].scope)) return FORBIDDEN;
  const items = orgCollectionItems(collectionName, organization, organization.employees);
  if (!itemId) {
    const embedElements = (options.embed ?? "").replace(/\s/g, "") === "(elements)";
    return {
      status: 200,
      body: collection(
        embedElements
          ? items
          : items.map((item) => `${options.baseUrl}/rs/orgs/${orgOid}/${collectionName}/${String(item.id)}`),
      ),
    };
  }
  const item = items.find((candidate) => String(candidate.id) === itemId);
  return item ? { status: 200, body: item } : NOT_FOUND;
}
