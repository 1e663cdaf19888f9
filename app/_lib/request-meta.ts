import { headers } from "next/headers";
import { cache } from "react";
import { config } from "@/lib/config";
import { requestMetadata, type RequestMetadata } from "@/lib/security/client-address";

/**
 * This request's client address and browser, for citizens' and staff's sessions, throttles and
 * audit entries and the mock's login throttle alike: the one rule of lib/security/client-address.ts,
 * read once per request.
 */
export const requestMeta = cache(async (): Promise<RequestMetadata> =>
  requestMetadata(await headers(), config().TRUSTED_PROXY_HOPS),
);
