import { readFileSync } from "node:fs";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../security/passwords";
import { certificateHash } from "./client-auth";
import { ensureGostSigningKey, ensureSigningKey } from "./keys";
import { DEMO_PASSWORD, ORGANIZATION_PERSONAS, PERSONAS, type Persona } from "./personas";
import { ORG_SCOPES } from "./organizations";
import { PERSON_SCOPES } from "./scopes";
import type { TokenAlgorithm } from "./tokens";

export interface ClientRegistration {
  clientId: string;
  name: string;
  certificatePem: string;
  redirectUris: string[];
  allowedScopes?: string[];
  subjectFormat?: "number" | "string";
  /** The technology portal's per-system setting; unset on an update leaves it as it was. */
  tokenAlgorithm?: TokenAlgorithm;
}

/**
 * What the technology portal does for a real system: bind mnemonic, certificate, URIs, scopes, and
 * the algorithm of its tokens. A GOST certificate is named by its Streebog-256 hash, as at ESIA.
 */
export async function registerClient(prisma: PrismaClient, registration: ClientRegistration): Promise<void> {
  if (registration.tokenAlgorithm === "GOST3410_2012_256") await ensureGostSigningKey(prisma);
  const data = {
    name: registration.name,
    certificatePem: registration.certificatePem,
    certificateHash: await certificateHash(registration.certificatePem),
    redirectUris: registration.redirectUris,
    allowedScopes: registration.allowedScopes ?? [...Object.keys(PERSON_SCOPES), ...Object.keys(ORG_SCOPES)],
    subjectFormat: registration.subjectFormat ?? "number",
    ...(registration.tokenAlgorithm ? { tokenAlgorithm: registration.tokenAlgorithm } : {}),
  };
  await prisma.esiaClient.upsert({
    where: { clientId: registration.clientId },
    create: { clientId: registration.clientId, ...data },
    update: data,
  });
}

async function createPersona(prisma: PrismaClient, persona: Persona, passwordHash: string): Promise<void> {
  const account = await prisma.esiaAccount.create({
    data: {
      oid: persona.oid,
      personaKey: persona.key,
      status: persona.status ?? "REGISTERED",
      level: persona.level,
      scenario: persona.scenario ?? null,
      lastName: persona.lastName,
      firstName: persona.firstName,
      middleName: persona.middleName ?? null,
      gender: persona.gender ?? null,
      birthDate: persona.birthDate ?? null,
      birthPlace: persona.birthPlace ?? null,
      citizenship: persona.citizenship ?? null,
      snils: persona.verifying ? null : (persona.snils ?? null),
      inn: persona.inn ?? null,
      mobile: persona.mobile ?? null,
      mobileVerified: Boolean(persona.mobile),
      email: persona.email ?? null,
      emailVerified: Boolean(persona.email),
      passwordHash,
      confirmedBy: persona.level === "confirmed" ? "service_centre" : null,
      confirmedAt: persona.level === "confirmed" ? new Date() : null,
    },
  });
  if (persona.passport) {
    await prisma.esiaDocument.create({
      data: { accountId: account.id, type: "RF_PASSPORT", vrfStu: "VERIFIED", ...persona.passport },
    });
  }
  for (const address of persona.addresses ?? [])
    await prisma.esiaAddress.create({ data: { accountId: account.id, ...address } });
  for (const kid of persona.kids ?? []) {
    const { birthCert, ...rest } = kid;
    await prisma.esiaKid.create({
      data: {
        accountId: account.id,
        ...rest,
        birthCertSeries: birthCert.series,
        birthCertNumber: birthCert.number,
        birthCertIssueDate: birthCert.issueDate,
        birthCertIssuedBy: birthCert.issuedBy,
        birthCertActNo: birthCert.actNo,
      },
    });
  }
  if (persona.verifying) {
    // A check that will not finish for a year: the account shows «данные на проверке».
    await prisma.esiaDataCheck.create({
      data: {
        accountId: account.id,
        submitted: { snils: persona.snils, lastName: persona.lastName, firstName: persona.firstName },
        completesAt: new Date(Date.now() + 365 * 24 * 3_600_000),
      },
    });
  }
}

/** Idempotent: creates what is missing, leaves what tests or people changed since. */
export async function seedMockEsia(prisma: PrismaClient, portalClient: ClientRegistration | null): Promise<void> {
  await ensureSigningKey(prisma);
  if (portalClient) await registerClient(prisma, portalClient);
  const existing = new Set(
    (await prisma.esiaAccount.findMany({ where: { personaKey: { not: null } }, select: { personaKey: true } })).map(
      (row) => row.personaKey,
    ),
  );
  const missing = PERSONAS.filter((persona) => !existing.has(persona.key));
  if (missing.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const persona of missing) await createPersona(prisma, persona, passwordHash);
  }
  await seedOrganizations(prisma);
}

/** The seeded organisations and their staff, by oid: created when missing, never overwritten. */
async function seedOrganizations(prisma: PrismaClient): Promise<void> {
  const existing = new Set(
    (
      await prisma.esiaOrganization.findMany({
        where: { oid: { in: ORGANIZATION_PERSONAS.map((org) => org.oid) } },
        select: { oid: true },
      })
    ).map((row) => row.oid),
  );
  for (const { employees, ...org } of ORGANIZATION_PERSONAS.filter((candidate) => !existing.has(candidate.oid))) {
    const accounts = await prisma.esiaAccount.findMany({
      where: { personaKey: { in: employees.map((employee) => employee.personaKey) } },
      select: { id: true, personaKey: true },
    });
    const accountOf = new Map(accounts.map((account) => [account.personaKey, account.id]));
    await prisma.esiaOrganization.create({
      data: {
        ...org,
        employees: {
          create: employees
            .filter((employee) => accountOf.has(employee.personaKey))
            .map((employee) => ({
              accountId: accountOf.get(employee.personaKey)!,
              position: employee.position,
              chief: employee.chief ?? false,
              admin: employee.admin ?? false,
              groups: employee.groups ?? [],
              leftAt: employee.left ? new Date() : null,
            })),
        },
      },
    });
  }
}

export function readCertificate(path: string | undefined): string | null {
  return path ? readFileSync(path, "utf8") : null;
}
