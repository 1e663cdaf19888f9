import { createHash, sign, X509Certificate, createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";

// How the portal signs its requests to ESIA. The flow only needs "a signature over this text" and
// "the hash of our certificate", so a GOST signer (CryptoPro, openssl-gost, an HSM) plugs in for
// the real ESIA without touching the flow. The RSA signer serves the mock (docs/esia-mock.md).

export interface ClientSigner {
  /** Upper-case hex hash of our certificate's DER (GOST R 34.11-2012 at the real ESIA). */
  readonly certificateHash: string;
  /** base64url signature over the UTF-8 text (raw GOST R 34.10-2012 at the real ESIA). */
  sign(text: string): Promise<string>;
}

export class RsaCertificateSigner implements ClientSigner {
  readonly certificateHash: string;
  readonly #key: ReturnType<typeof createPrivateKey>;

  constructor(privateKeyPem: string, certificatePem: string) {
    this.#key = createPrivateKey(privateKeyPem);
    this.certificateHash = createHash("sha256").update(new X509Certificate(certificatePem).raw).digest("hex").toUpperCase();
  }

  static fromFiles(privateKeyFile: string, certificateFile: string): RsaCertificateSigner {
    return new RsaCertificateSigner(readFileSync(privateKeyFile, "utf8"), readFileSync(certificateFile, "utf8"));
  }

  async sign(text: string): Promise<string> {
    return sign("sha256", Buffer.from(text, "utf8"), this.#key).toString("base64url");
  }
}
