import { createHash, sign, X509Certificate, createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { gostCertificateHash, gostSign, gostVerify, isGostCertificate, type GostPrivateKey } from "../crypto/gost";

// How the portal signs its requests to ESIA. The flow only needs "a signature over this text" and
// "the hash of our certificate", so the signer is the one thing that differs between the real
// ESIA (GOST R 34.10-2012, research/esia.md §2.1) and the mock's RSA stand-in (docs/esia-mock.md).

export interface ClientSigner {
  /** Upper-case hex hash of our certificate's DER (GOST R 34.11-2012 at the real ESIA). */
  readonly certificateHash: string;
  /** base64url signature over the UTF-8 text (raw GOST R 34.10-2012 at the real ESIA). */
  sign(text: string): Promise<string>;
}

export type SignerKind = "rsa" | "gost";

/** ESIA_SIGNER when set; otherwise GOST whenever ESIA_BASE_URL is a real ESIA (*.gosuslugi.ru). */
export function signerKind(setting: SignerKind | undefined, baseUrl: string | undefined): SignerKind {
  if (setting) return setting;
  if (!baseUrl) return "rsa";
  const host = new URL(baseUrl).hostname;
  return host === "gosuslugi.ru" || host.endsWith(".gosuslugi.ru") ? "gost" : "rsa";
}

/** The mock's stand-in: RSA with SHA-256, and the SHA-256 of the certificate's DER as its hash. */
export class RsaCertificateSigner implements ClientSigner {
  readonly certificateHash: string;
  readonly #key: ReturnType<typeof createPrivateKey>;

  constructor(privateKeyPem: string, certificatePem: string) {
    this.#key = createPrivateKey(privateKeyPem);
    this.certificateHash = createHash("sha256")
      .update(new X509Certificate(certificatePem).raw)
      .digest("hex")
      .toUpperCase();
  }

  static fromFiles(privateKeyFile: string, certificateFile: string): RsaCertificateSigner {
    return new RsaCertificateSigner(readFileSync(privateKeyFile, "utf8"), readFileSync(certificateFile, "utf8"));
  }

  async sign(text: string): Promise<string> {
    return sign("sha256", Buffer.from(text, "utf8"), this.#key).toString("base64url");
  }
}

/**
 * What the real ESIA verifies: the raw 64-byte GOST R 34.10-2012 (256) signature over Streebog-256,
 * in OpenSSL's byte order (not reversed), unpadded base64url; the certificate named by the
 * Streebog-256 of its DER. The key is a PKCS#8 PEM file (docs/esia-real.md).
 */
export class GostCertificateSigner implements ClientSigner {
  private constructor(
    readonly certificateHash: string,
    private readonly key: GostPrivateKey,
  ) {}

  /** Refuses a certificate that is not GOST, and a key that is not the certificate's. */
  static async create(key: GostPrivateKey, certificatePem: string): Promise<GostCertificateSigner> {
    if (!isGostCertificate(certificatePem))
      throw new Error(
        "the ESIA client certificate has no GOST R 34.10-2012 key: ESIA_SIGNER=gost needs a GOST certificate",
      );
    const probe = Buffer.from("key matches certificate");
    if (!(await gostVerify(certificatePem, probe, await gostSign(key, probe)))) {
      throw new Error("the ESIA client key does not belong to the ESIA client certificate");
    }
    return new GostCertificateSigner(await gostCertificateHash(certificatePem), key);
  }

  static fromFiles(privateKeyFile: string, certificateFile: string): Promise<GostCertificateSigner> {
    return GostCertificateSigner.create({ file: privateKeyFile }, readFileSync(certificateFile, "utf8"));
  }

  async sign(text: string): Promise<string> {
    return (await gostSign(this.key, Buffer.from(text, "utf8"))).toString("base64url");
  }
}

export function signerFromFiles(
  kind: SignerKind,
  privateKeyFile: string,
  certificateFile: string,
): Promise<ClientSigner> {
  return kind === "gost"
    ? GostCertificateSigner.fromFiles(privateKeyFile, certificateFile)
    : Promise.resolve(RsaCertificateSigner.fromFiles(privateKeyFile, certificateFile));
}
