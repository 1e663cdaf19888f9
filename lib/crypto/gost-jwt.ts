import { gostSign, type GostPrivateKey } from "./gost";

// A JWS with alg GOST3410_2012_256, as ESIA signs its tokens for systems that chose GOST on the
// technology portal: base64url(header).base64url(claims).base64url(raw 64-byte signature).

export const GOST_JWS_ALGORITHM = "GOST3410_2012_256";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export async function signGostJwt(
  key: GostPrivateKey,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): Promise<string> {
  const signingInput = `${encode({ ...header, alg: GOST_JWS_ALGORITHM })}.${encode(claims)}`;
  return `${signingInput}.${(await gostSign(key, Buffer.from(signingInput, "ascii"))).toString("base64url")}`;
}
