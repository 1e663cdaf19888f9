import { randomUUID } from "node:crypto";
import type { JWK } from "jose";
import { generateGostCertificate } from "../crypto/gost";
import type { PrismaClient } from "../generated/prisma/client";
import { generateSigningKey, type SigningKey } from "./tokens";

// The mock's token-signing keys live in their own tables: created once, kept across restarts. RS256
// for systems that chose it on the technology portal (the default), GOST for the others.

export async function ensureSigningKey(prisma: PrismaClient): Promise<SigningKey> {
  const existing = await currentSigningKey(prisma);
  if (existing) return existing;
  const key = await generateSigningKey();
  await prisma.esiaSigningKey.create({
    data: { kid: key.kid, privateJwk: key.privateJwk as object, publicJwk: key.publicJwk as object },
  });
  return key;
}

export async function currentSigningKey(prisma: PrismaClient): Promise<SigningKey | null> {
  const row = await prisma.esiaSigningKey.findFirst({ orderBy: { createdAt: "desc" } });
  return row ? { kid: row.kid, privateJwk: row.privateJwk as JWK, publicJwk: row.publicJwk as JWK } : null;
}

export async function publicKeys(prisma: PrismaClient): Promise<JWK[]> {
  const rows = await prisma.esiaSigningKey.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((row) => row.publicJwk as JWK);
}

export interface GostSigningKey {
  kid: string;
  privateKeyPem: string;
  certificatePem: string;
}

/** The key for GOST3410_2012_256 tokens: made with openssl's GOST engine on first need, then kept. */
export async function ensureGostSigningKey(prisma: PrismaClient): Promise<GostSigningKey> {
  const oldest = () => prisma.esiaGostSigningKey.findFirst({ orderBy: [{ createdAt: "asc" }, { kid: "asc" }] });
  const existing = await oldest();
  if (existing) return existing;
  const { privateKeyPem, certificatePem } = await generateGostCertificate("ESIA mock GOST3410_2012_256");
  await prisma.esiaGostSigningKey.create({ data: { kid: randomUUID(), privateKeyPem, certificatePem } });
  // Two first requests at once may both make one: both then sign with the oldest (both are published).
  return (await oldest())!;
}

/** Every GOST certificate the mock signs tokens with: what esia.zip holds at the real ESIA. */
export async function gostCertificates(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.esiaGostSigningKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { certificatePem: true },
  });
  return rows.map((row) => row.certificatePem);
}
