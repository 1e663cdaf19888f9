import type { JWK } from "jose";
import type { PrismaClient } from "../generated/prisma/client";
import { generateSigningKey, type SigningKey } from "./tokens";

// The mock's token-signing key lives in its own table: created once, kept across restarts.

export async function ensureSigningKey(prisma: PrismaClient): Promise<SigningKey> {
  const existing = await currentSigningKey(prisma);
  if (existing) return existing;
  const key = await generateSigningKey();
  await prisma.esiaSigningKey.create({ data: { kid: key.kid, privateJwk: key.privateJwk as object, publicJwk: key.publicJwk as object } });
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
