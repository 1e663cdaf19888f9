import { EncryptJWT, jwtDecrypt } from "jose";
import { cookies } from "next/headers";
import { config, secureCookies } from "@/lib/config";
import { EsiaClient, esiaKeys } from "@/lib/esia/client";
import { esiaRedirectUri, type FlowSecrets } from "@/lib/esia/protocol";
import { signerFromFiles, signerKind } from "@/lib/esia/signer";
import { timedEsiaFetch } from "@/lib/metrics/metrics";
import { derivedSecret } from "@/lib/security/secrets";
import { tracedEsiaFetch } from "@/lib/telemetry/esia-span";

// The portal's ESIA client built from configuration, and the browser-bound state of a login in
// progress: state, nonce and PKCE verifier live in an encrypted, HttpOnly cookie named by the
// state, so two tabs can log in at once and a callback from another browser finds nothing.

export type EsiaIntent = "login" | "link";

export interface EsiaFlow extends FlowSecrets {
  intent: EsiaIntent;
  returnTo: string | null;
}

const FLOW_COOKIE_PREFIX = "esia_flow_";
export const PENDING_COOKIE = "esia_pending";
const FLOW_LIFETIME_SECONDS = 600;

let cached: Promise<EsiaClient> | undefined;

export function esiaSettings() {
  const settings = config();
  const baseUrl = (settings.ESIA_BASE_URL ?? `${settings.APP_URL.replace(/\/$/, "")}/esia-mock`).replace(/\/$/, "");
  return {
    baseUrl,
    issuer: settings.ESIA_ISSUER ?? `${baseUrl}/`,
    clientId: settings.ESIA_CLIENT_ID,
    redirectUri: esiaRedirectUri(settings.APP_URL),
    scope: settings.ESIA_SCOPES,
    requireNonce: settings.ESIA_EXPECT_NONCE,
    signer: signerKind(settings.ESIA_SIGNER, settings.ESIA_BASE_URL),
    configured: Boolean(settings.ESIA_CLIENT_PRIVATE_KEY_FILE && settings.ESIA_CLIENT_CERTIFICATE_FILE),
  };
}

export function esiaClient(): Promise<EsiaClient> {
  cached ??= (async () => {
    const settings = config();
    const esia = esiaSettings();
    if (!settings.ESIA_CLIENT_PRIVATE_KEY_FILE || !settings.ESIA_CLIENT_CERTIFICATE_FILE) {
      throw new Error("ESIA_CLIENT_PRIVATE_KEY_FILE and ESIA_CLIENT_CERTIFICATE_FILE are not set");
    }
    const { signer: kind, ...endpoints } = esia;
    return new EsiaClient({
      ...endpoints,
      // Back-channel calls timed for /api/metrics, and traced when tracing is on.
      fetch: timedEsiaFetch(tracedEsiaFetch()),
      signer: await signerFromFiles(kind, settings.ESIA_CLIENT_PRIVATE_KEY_FILE, settings.ESIA_CLIENT_CERTIFICATE_FILE),
      ...(await esiaKeys({
        certificatesFile: settings.ESIA_CERTIFICATES_FILE,
        jwksUrl: settings.ESIA_JWKS_URL ?? (settings.ESIA_CERTIFICATES_FILE ? undefined : `${esia.baseUrl}/jwks`),
      })),
    });
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

const flowKey = () => new Uint8Array(derivedSecret("esia-flow-cookie"));
const cookieOptions = () => ({ httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/esia" });

export async function rememberFlow(flow: EsiaFlow): Promise<void> {
  const sealed = await new EncryptJWT({ ...flow })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${FLOW_LIFETIME_SECONDS}s`)
    .encrypt(flowKey());
  (await cookies()).set(`${FLOW_COOKIE_PREFIX}${flow.state}`, sealed, {
    ...cookieOptions(),
    maxAge: FLOW_LIFETIME_SECONDS,
  });
}

/** The flow this browser started with this state, once: the cookie is removed as it is read. */
export async function takeFlow(state: string | null): Promise<EsiaFlow | null> {
  if (!state || !/^[0-9a-f-]{36}$/.test(state)) return null;
  const jar = await cookies();
  const name = `${FLOW_COOKIE_PREFIX}${state}`;
  const sealed = jar.get(name)?.value;
  jar.delete({ name, path: "/esia" });
  if (!sealed) return null;
  try {
    const { payload } = await jwtDecrypt(sealed, flowKey());
    return payload as unknown as EsiaFlow;
  } catch {
    return null;
  }
}

export async function rememberPending(id: string): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, id, { ...cookieOptions(), maxAge: 900 });
}

export async function pendingFromCookie(): Promise<string | null> {
  return (await cookies()).get(PENDING_COOKIE)?.value ?? null;
}

export async function forgetPending(): Promise<void> {
  (await cookies()).delete({ name: PENDING_COOKIE, path: "/esia" });
}
