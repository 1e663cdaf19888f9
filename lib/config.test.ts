import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, secureCookies } from "./config";

const PRODUCTION = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DELIVERY_TRANSPORT: "outbox" };

function failure(environment: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("parseConfig accepted the environment");
}

describe("parseConfig", () => {
  it("defaults to the embedded database in development", () => {
    const config = parseConfig({});
    expect(config.databaseDriver).toBe("pglite");
    expect(config.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(config.SEED_DEMO_DATA).toBe(false);
  });

  it("uses the PostgreSQL server when DATABASE_URL is set", () => {
    const config = parseConfig({ ...PRODUCTION, DATABASE_URL: "postgresql://portal:secret@db.local:5432/portal" });
    expect(config.databaseDriver).toBe("postgres");
  });

  it.each(["mysql://portal@db/portal", "postgresql://", "not a url", "postgresql://db.local:5432/"])(
    "refuses DATABASE_URL=%s naming the variable in one line",
    (url) => {
      const error = failure({ ...PRODUCTION, DATABASE_URL: url });
      expect(error.variable).toBe("DATABASE_URL");
      expect(error.message).toMatch(/^Ошибка конфигурации: переменная окружения DATABASE_URL /);
      expect(error.message).not.toContain("\n");
    },
  );

  it("has no production default for the session secret", () => {
    const error = failure({ NODE_ENV: "production" });
    expect(error.variable).toBe("AUTH_SECRET");
    expect(error.message).toContain("в режиме production она обязательна");
  });

  it("refuses a short secret", () => {
    expect(failure({ NODE_ENV: "production", AUTH_SECRET: "short" }).variable).toBe("AUTH_SECRET");
  });

  it("does not echo a refused secret's value", () => {
    expect(failure({ NODE_ENV: "production", AUTH_SECRET: "hunter2-secret" }).message).not.toContain("hunter2");
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", LOG_LEVEL: "" }).databaseDriver).toBe("pglite");
  });

  it("parses boolean flags strictly", () => {
    expect(parseConfig({ SEED_DEMO_DATA: "true" }).SEED_DEMO_DATA).toBe(true);
    expect(failure({ SEED_DEMO_DATA: "maybe" }).variable).toBe("SEED_DEMO_DATA");
  });
});

describe("the mock ESIA switch", () => {
  it("is off by default", () => {
    expect(parseConfig({}).ESIA_MOCK_ENABLED).toBe(false);
  });
  it("cannot be switched on in production without the explicit allowance", () => {
    const error = failure({ ...PRODUCTION, ESIA_MOCK_ENABLED: "true" });
    expect(error.variable).toBe("ESIA_MOCK_ENABLED");
    expect(
      parseConfig({ ...PRODUCTION, ESIA_MOCK_ENABLED: "true", ESIA_MOCK_ALLOW_IN_PRODUCTION: "true" })
        .ESIA_MOCK_ENABLED,
    ).toBe(true);
  });
  it("is allowed in development", () => {
    expect(parseConfig({ ESIA_MOCK_ENABLED: "true" }).ESIA_MOCK_ENABLED).toBe(true);
  });
});

describe(".env.example", () => {
  it("documents every variable the portal reads, and no other", async () => {
    const { readFileSync } = await import("node:fs");
    const { CONFIG_VARIABLES } = await import("./config");
    const documented = readFileSync(new URL("../.env.example", import.meta.url), "utf8")
      .split("\n")
      .map((line) => /^([A-Z_]+)=/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name));
    // NEXTAUTH_URL is read by next-auth itself; TEST_DATABASE_URL by the test suite.
    expect(new Set(documented)).toEqual(new Set([...CONFIG_VARIABLES, "NEXTAUTH_URL", "TEST_DATABASE_URL"]));
  });

  it("refuses the outbox page in production unless it is explicitly allowed", () => {
    const error = failure({ ...PRODUCTION, DEV_OUTBOX_ENABLED: "true" });
    expect(error.variable).toBe("DEV_OUTBOX_ENABLED");
    expect(error.message).toContain("DEV_OUTBOX_ALLOW_IN_PRODUCTION=true");
    expect(
      parseConfig({ ...PRODUCTION, DEV_OUTBOX_ENABLED: "true", DEV_OUTBOX_ALLOW_IN_PRODUCTION: "true" })
        .DEV_OUTBOX_ENABLED,
    ).toBe(true);
    expect(parseConfig({ NODE_ENV: "development", DEV_OUTBOX_ENABLED: "true" }).DEV_OUTBOX_ENABLED).toBe(true);
  });

  it("marks cookies Secure in production even with an http APP_URL, unless a local http demo says so", () => {
    expect(secureCookies(parseConfig({ ...PRODUCTION, APP_URL: "http://portal.internal" }))).toBe(true);
    expect(
      secureCookies(parseConfig({ ...PRODUCTION, APP_URL: "http://localhost:3000", INSECURE_LOCAL_HTTP: "true" })),
    ).toBe(false);
    expect(
      secureCookies(parseConfig({ ...PRODUCTION, APP_URL: "https://portal.example.ru", INSECURE_LOCAL_HTTP: "true" })),
    ).toBe(true);
    expect(secureCookies(parseConfig({ NODE_ENV: "development" }))).toBe(false);
  });

  it("trusts no proxy hop unless told how many", () => {
    expect(parseConfig({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseConfig({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(failure({ TRUSTED_PROXY_HOPS: "-1" }).variable).toBe("TRUSTED_PROXY_HOPS");
  });
});

describe("delivery settings", () => {
  const BARE = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) };
  const DELIVERING = {
    ...BARE,
    SMTP_URL: "smtp://mail.local:587",
    MAIL_FROM: "noreply@uslugi.example.ru",
    SMS_GATEWAY_URL: "https://sms.local/send",
    SMS_GATEWAY_TOKEN: "t",
  };

  it("refuses a production start that would deliver nowhere, naming the missing setting", () => {
    const error = failure(BARE);
    expect(error.variable).toBe("SMTP_URL");
    expect(error.message).toContain("DELIVERY_TRANSPORT=outbox");
    expect(failure({ ...BARE, SMTP_URL: "smtp://mail.local", MAIL_FROM: "a@b.ru" }).variable).toBe("SMS_GATEWAY_URL");
    expect(parseConfig(DELIVERING).SMTP_URL).toBe("smtp://mail.local:587");
  });

  it("starts in production on the local outbox only when told so explicitly", () => {
    expect(parseConfig({ ...BARE, DELIVERY_TRANSPORT: "outbox" }).DELIVERY_TRANSPORT).toBe("outbox");
    expect(failure({ ...BARE, DELIVERY_TRANSPORT: "pigeon" }).variable).toBe("DELIVERY_TRANSPORT");
    expect(parseConfig({}).SMTP_URL).toBeUndefined();
  });

  it("accepts smtp:// and smtps:// only, and wants a sender and a gateway token", () => {
    expect(failure({ ...DELIVERING, SMTP_URL: "http://mail.local" }).variable).toBe("SMTP_URL");
    expect(parseConfig({ ...DELIVERING, SMTP_URL: "smtps://user:pass@mail.local:465" }).SMTP_URL).toContain("smtps://");
    expect(failure({ ...DELIVERING, MAIL_FROM: undefined }).variable).toBe("MAIL_FROM");
    expect(failure({ ...DELIVERING, SMS_GATEWAY_TOKEN: undefined }).variable).toBe("SMS_GATEWAY_TOKEN");
  });
});
