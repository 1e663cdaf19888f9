import { execFileSync } from "node:child_process";
import { createHash, randomBytes, randomUUID, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gostSign } from "../crypto/gost";
import { formatEsiaTimestamp, signedString, type SignedParameters } from "./client-auth";

// Test helpers: a system's certificate and key (made with openssl, as an integrator would), and
// the signed parameters a real ESIA client sends. Used by tests only.

export interface ClientCredentials {
  privateKeyPem: string;
  certificatePem: string;
}

export function makeClientCredentials(commonName: string): ClientCredentials {
  const directory = mkdtempSync(path.join(tmpdir(), "esia-client-"));
  try {
    const key = path.join(directory, "key.pem");
    const certificate = path.join(directory, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        certificate,
        "-days",
        "30",
        "-subj",
        `/CN=${commonName}`,
      ],
      { stdio: "ignore" },
    );
    return { privateKeyPem: readFileSync(key, "utf8"), certificatePem: readFileSync(certificate, "utf8") };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function clientSecret(privateKeyPem: string, parameters: SignedParameters): string {
  return sign("sha256", Buffer.from(signedString(parameters), "utf8"), privateKeyPem).toString("base64url");
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export interface TestClient {
  clientId: string;
  redirectUri: string;
  credentials: ClientCredentials;
  certificateHash: string;
}

export function authorizationParams(
  client: TestClient,
  options: { scope: string; scopeOrg?: string; now?: Date; challenge?: string; state?: string; accessType?: string },
) {
  const timestamp = formatEsiaTimestamp(options.now ?? new Date());
  const state = options.state ?? randomUUID();
  const base = {
    client_id: client.clientId,
    scope: options.scope,
    ...(options.scopeOrg ? { scope_org: options.scopeOrg } : {}),
    timestamp,
    state,
    redirect_uri: client.redirectUri,
  };
  return {
    ...base,
    client_secret: clientSecret(client.credentials.privateKeyPem, base),
    client_certificate_hash: client.certificateHash,
    response_type: "code",
    access_type: options.accessType ?? "offline",
    ...(options.challenge ? { code_challenge: options.challenge, code_challenge_method: "S256" } : {}),
  };
}

export function tokenParams(
  client: TestClient,
  options: { code: string; scope: string; scopeOrg?: string; verifier?: string; now?: Date },
) {
  const timestamp = formatEsiaTimestamp(options.now ?? new Date());
  const state = randomUUID();
  const base = {
    client_id: client.clientId,
    scope: options.scope,
    ...(options.scopeOrg ? { scope_org: options.scopeOrg } : {}),
    timestamp,
    state,
    redirect_uri: client.redirectUri,
    code: options.code,
  };
  return {
    ...base,
    client_secret: clientSecret(client.credentials.privateKeyPem, base),
    client_certificate_hash: client.certificateHash,
    grant_type: "authorization_code",
    token_type: "Bearer",
    ...(options.verifier ? { code_verifier: options.verifier } : {}),
  };
}

/** The same request signed as the real ESIA wants it: raw GOST R 34.10-2012 over the same text. */
export async function signedWithGost<T extends SignedParameters & { client_secret: string }>(
  params: T,
  privateKeyPem: string,
): Promise<T> {
  const signature = await gostSign({ pem: privateKeyPem }, Buffer.from(signedString(params), "utf8"));
  return { ...params, client_secret: signature.toString("base64url") };
}

/**
 * The legacy client_secret as older clients make it with OpenSSL: a detached CMS SignedData (DER,
 * signer's certificate included, no signed attributes) over scope+timestamp+client_id+state,
 * base64url. `attached` keeps the content inside (what real ESIA does not want).
 */
export function cmsClientSecret(
  credentials: ClientCredentials,
  text: string,
  options: { attached?: boolean } = {},
): string {
  const directory = mkdtempSync(path.join(tmpdir(), "esia-cms-"));
  try {
    const files = {
      key: path.join(directory, "key.pem"),
      certificate: path.join(directory, "cert.pem"),
      data: path.join(directory, "data.txt"),
      out: path.join(directory, "secret.der"),
    };
    writeFileSync(files.key, credentials.privateKeyPem, { mode: 0o600 });
    writeFileSync(files.certificate, credentials.certificatePem);
    writeFileSync(files.data, text, "utf8");
    execFileSync(
      "openssl",
      [
        "cms",
        "-sign",
        "-binary",
        "-outform",
        "DER",
        "-noattr",
        ...(options.attached ? ["-nodetach"] : []),
        "-md",
        "sha256",
        "-signer",
        files.certificate,
        "-inkey",
        files.key,
        "-in",
        files.data,
        "-out",
        files.out,
      ],
      { stdio: "ignore" },
    );
    return readFileSync(files.out).toString("base64url");
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The parameters of the legacy /aas/oauth2/ac (no client_certificate_hash). */
export function legacyAuthorizationParams(
  client: TestClient,
  options: { scope: string; now?: Date; state?: string; accessType?: string },
) {
  const timestamp = formatEsiaTimestamp(options.now ?? new Date());
  const state = options.state ?? randomUUID();
  return {
    client_id: client.clientId,
    client_secret: cmsClientSecret(client.credentials, `${options.scope}${timestamp}${client.clientId}${state}`),
    redirect_uri: client.redirectUri,
    scope: options.scope,
    response_type: "code",
    state,
    timestamp,
    access_type: options.accessType ?? "online",
  };
}

/** The legacy /aas/oauth2/te: the same four parts signed again with a fresh state and timestamp. */
export function legacyTokenParams(client: TestClient, options: { code: string; scope: string; now?: Date }) {
  const timestamp = formatEsiaTimestamp(options.now ?? new Date());
  const state = randomUUID();
  return {
    client_id: client.clientId,
    code: options.code,
    grant_type: "authorization_code",
    client_secret: cmsClientSecret(client.credentials, `${options.scope}${timestamp}${client.clientId}${state}`),
    state,
    redirect_uri: client.redirectUri,
    scope: options.scope,
    timestamp,
    token_type: "Bearer",
  };
}
