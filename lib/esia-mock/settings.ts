import { config, secureCookies } from "../config";

/** Where the mock lives inside the portal's server; the portal reaches it only over HTTP. */
export const MOCK_PATH = "/esia-mock";

export interface MockSettings {
  enabled: boolean;
  /** e.g. http://localhost:3000/esia-mock — what ESIA_BASE_URL points to in local runs. */
  baseUrl: string;
  /** iss of every token: http, with a trailing slash, like http://esia.gosuslugi.ru/ */
  issuer: string;
  checkDelaySeconds: number;
  secureCookies: boolean;
}

export function mockSettings(): MockSettings {
  const settings = config();
  const baseUrl = `${settings.APP_URL.replace(/\/$/, "")}${MOCK_PATH}`;
  return {
    enabled: settings.ESIA_MOCK_ENABLED,
    baseUrl,
    issuer: `${baseUrl}/`,
    checkDelaySeconds: settings.ESIA_MOCK_CHECK_DELAY_SECONDS,
    secureCookies: secureCookies(settings),
  };
}
