import { webcrypto, X509Certificate } from "node:crypto";
import { Certificate, ContentInfo, CryptoEngine, SignedData } from "pkijs";
import { decodeClientSecret } from "./client-auth";

// The legacy scheme of /aas/oauth2/ac and /aas/oauth2/te (research/esia.md §2.2): `client_secret`
// is base64url of a detached PKCS#7 / CMS SignedData (DER) over scope + timestamp + client_id +
// state, as `openssl smime -sign` / `openssl cms -sign -binary -outform DER` make it. Parsed and
// verified by pkijs (no hand-written ASN.1), against the system's registered certificate only.

const engine = new CryptoEngine({ name: "node-webcrypto", crypto: webcrypto as unknown as Crypto });
const SIGNED_DATA = "1.2.840.113549.1.7.2";

/** scope + timestamp + client_id + state, no separators (the legacy order). */
export function legacySignedString(parameters: {
  scope: string;
  timestamp: string;
  client_id: string;
  state: string;
}): string {
  return `${parameters.scope}${parameters.timestamp}${parameters.client_id}${parameters.state}`;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * True when `secret` is a detached CMS signature of `text` by the key of `certificatePem`.
 * A signature with the content attached, by another certificate, over other bytes, or not CMS at
 * all is false. The certificates the client put in the container are ignored: only the
 * registered one may verify (ESIA binds the certificate to the mnemonic on its technology portal).
 */
export async function verifyCmsClientSecret(certificatePem: string, text: string, secret: string): Promise<boolean> {
  const der = decodeClientSecret(secret);
  if (!der) return false;
  try {
    const contentInfo = ContentInfo.fromBER(toArrayBuffer(der));
    if (contentInfo.contentType !== SIGNED_DATA) return false;
    const signedData = new SignedData({ schema: contentInfo.content });
    if (signedData.encapContentInfo.eContent || signedData.signerInfos.length !== 1) return false;
    signedData.certificates = [Certificate.fromBER(toArrayBuffer(new X509Certificate(certificatePem).raw))];
    const result = await signedData.verify(
      { signer: 0, data: toArrayBuffer(Buffer.from(text, "utf8")), checkChain: false, extendedMode: true },
      engine,
    );
    return result.signatureVerified === true;
  } catch {
    return false;
  }
}
