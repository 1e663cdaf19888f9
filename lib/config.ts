import { z } from "zod";

// Every setting the portal reads from the environment, in one place. Start-up validates it once
// (instrumentation.ts) and stops with a one-line message naming the bad setting.

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgres:" || url.protocol === "postgresql:") &&
        url.hostname !== "" &&
        url.pathname.length > 1
      );
    } catch {
      return false;
    }
  }, "должна быть адресом вида postgresql://пользователь:пароль@сервер:5432/база");

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
    APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "должна быть не короче 32 символов").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SEED_DEMO_DATA: booleanFlag.default(false),
    // With SEED_DEMO_DATA: some 150 demo applications for the dashboard and the queue (npm start only).
    SEED_DEMO_APPLICATIONS: booleanFlag.default(false),
    DB_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
    /** PostgreSQL: connections per instance (instances × this must stay below the server's max_connections). */
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** PostgreSQL: how long a request waits in line for a pooled connection before the 503 page. */
    DB_POOL_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    /** PostgreSQL: how long opening one new connection may take (a refused one fails at once). */
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    // The bundled mock ESIA (app/esia-mock). Off unless switched on; in production mode it also
    // needs ESIA_MOCK_ALLOW_IN_PRODUCTION, so a real deployment cannot expose it by accident.
    ESIA_MOCK_ENABLED: booleanFlag.default(false),
    ESIA_MOCK_ALLOW_IN_PRODUCTION: booleanFlag.default(false),
    /** `npm run esia-mock`: this server is only the mock; the proxy answers 404 outside /esia-mock. */
    ESIA_MOCK_STANDALONE: booleanFlag.default(false),
    /** Seconds the mock's automatic checks (Pension Fund, migration service) take. */
    ESIA_MOCK_CHECK_DELAY_SECONDS: z.coerce.number().min(0).max(600).default(3),
    /** The portal's registered system at ESIA: mnemonic and the certificate it signs with. */
    ESIA_CLIENT_ID: z
      .string()
      .trim()
      .regex(/^[A-Z0-9_]{3,32}$/, "должна быть мнемоникой системы (A-Z, 0-9, _)")
      .default("RTPORTAL01"),
    ESIA_CLIENT_CERTIFICATE_FILE: z.string().trim().min(1).optional(),
    ESIA_CLIENT_PRIVATE_KEY_FILE: z.string().trim().min(1).optional(),
    /** How the portal signs for ESIA: gost (the real ESIA; default when ESIA_BASE_URL is *.gosuslugi.ru) or rsa (the mock). */
    ESIA_SIGNER: z.enum(["rsa", "gost"]).optional(),
    /** ESIA to talk to: https://esia.gosuslugi.ru, or the bundled mock (default: APP_URL/esia-mock). */
    ESIA_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Expected iss of ESIA's tokens: http://esia.gosuslugi.ru/ for the real one. Default: ESIA_BASE_URL + "/". */
    ESIA_ISSUER: z.string().trim().min(1).optional(),
    /** ESIA's token-signing keys: a JWKS URL (the mock's /jwks) or a PEM file of ESIA's certificates. */
    ESIA_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    ESIA_CERTIFICATES_FILE: z.string().trim().min(1).optional(),
    ESIA_SCOPES: z
      .string()
      .trim()
      .default(
        "openid fullname birthdate gender snils id_doc mobile email addresses kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc",
      ),
    /** The real ESIA no longer echoes nonce (2022): set false for it. The mock echoes it. */
    ESIA_EXPECT_NONCE: booleanFlag.default(true),
    /** Guessing limits for passwords and one-time codes, per account and per address. */
    THROTTLE_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
    THROTTLE_LOCK_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
    /** Local development: list outgoing e-mail and SMS at /dev/outbox. Never in a real deployment. */
    DEV_OUTBOX_ENABLED: booleanFlag.default(false),
    /** Production mode refuses the outbox page (it shows every reset code) unless this is also set. */
    DEV_OUTBOX_ALLOW_IN_PRODUCTION: booleanFlag.default(false),
    /** Proxies in front of the portal whose X-Forwarded-For entries are believed (0: none, the socket's peer). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Several instances behind a load balancer (docs/deploy.md, docs/decisions/0015-scale-out.md).
    /** On SIGTERM: milliseconds to keep serving with /api/health 503 «draining» before the listener closes. */
    SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    /** On SIGTERM: milliseconds the requests in flight get to finish before their connections are cut. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
    /** A name for this instance, sent as the X-Portal-Instance response header (empty: none). */
    /** Bearer token for /api/metrics (Prometheus); unset: the endpoint answers 404. */
    METRICS_TOKEN: z.string().trim().min(24, "должна быть не короче 24 символов").optional(),
    PORTAL_INSTANCE: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,40}$/, "должна состоять из латинских букв, цифр, «.», «_», «-»")
      .optional(),
    // OpenTelemetry traces (docs/deploy.md «Traces»): off unless an endpoint is set. The SDK reads
    // these itself; they are validated here so that a typo stops the start instead of tracing nothing.
    /** OTLP/HTTP collector, e.g. http://otel-collector:4318 (traces go to …/v1/traces). */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    /** The traces URL itself, used as given (wins over OTEL_EXPORTER_OTLP_ENDPOINT). */
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    /** Headers for the collector, "key=value,key2=value2" (e.g. an authorization token). */
    OTEL_EXPORTER_OTLP_HEADERS: z
      .string()
      .trim()
      .regex(/^[^=,\s]+\s*=[^,]*(,\s*[^=,\s]+\s*=[^,]*)*$/, "должна иметь вид ключ=значение,ключ2=значение2")
      .optional(),
    OTEL_TRACES_SAMPLER: z
      .enum([
        "always_on",
        "always_off",
        "traceidratio",
        "parentbased_always_on",
        "parentbased_always_off",
        "parentbased_traceidratio",
      ])
      .optional(),
    /** The ratio of the *traceidratio samplers, 0…1. */
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).optional(),
    /** Production serves cookies with Secure; only a local demo over plain http may switch that off. */
    INSECURE_LOCAL_HTTP: booleanFlag.default(false),
    // Delivery of e-mail and SMS (lib/messaging, docs/decisions/0010-delivery.md).
    /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        error: "должна быть адресом вида smtp://пользователь:пароль@сервер:587 или smtps://…:465",
      })
      .optional(),
    /** The sender of the portal's e-mail: "Портал госуслуг РТ <noreply@uslugi.example.ru>". */
    MAIL_FROM: z.string().trim().min(3).optional(),
    /** An HTTP SMS gateway (lib/messaging/sms-gateway.ts describes its JSON contract) and its token. */
    SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMS_GATEWAY_TOKEN: z.string().trim().min(1).optional(),
    /** "outbox": channels without SMTP_URL / SMS_GATEWAY_URL go to the local outbox page, even in production. */
    DELIVERY_TRANSPORT: z.enum(["outbox"]).optional(),
    /** Attempts per message before it is marked failed; temporary failures back off exponentially from the delay. */
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    DELIVERY_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
    /** A message in a worker's hands longer than this is taken to be lost with the worker and retried. */
    DELIVERY_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3_600).default(120),
    /** Printed in every e-mail: the portal's support line. */
    SUPPORT_PHONE: z.string().trim().min(5).default("8 (843) 5-114-115"),
  })
  .superRefine((env, ctx) => {
    // Secrets never have a production default: a production start without one stops here.
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "не задана, а в режиме production она обязательна",
      });
    }
    // Codes that reach nobody would make registration impossible: production delivers for real
    // unless the local outbox is chosen explicitly.
    if (env.NODE_ENV === "production" && env.DELIVERY_TRANSPORT !== "outbox") {
      for (const variable of ["SMTP_URL", "SMS_GATEWAY_URL"] as const) {
        if (!env[variable]) {
          ctx.addIssue({
            code: "custom",
            path: [variable],
            message:
              "не задана: в режиме production письма и SMS доставляются по-настоящему (или задайте DELIVERY_TRANSPORT=outbox)",
          });
        }
      }
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({
        code: "custom",
        path: ["MAIL_FROM"],
        message: "не задана: письма через SMTP_URL нужно отправлять от имени портала",
      });
    }
    if (env.SMS_GATEWAY_URL && !env.SMS_GATEWAY_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SMS_GATEWAY_TOKEN"],
        message: "не задана: шлюз SMS из SMS_GATEWAY_URL принимает сообщения только с ключом",
      });
    }
    if (env.NODE_ENV === "production" && env.ESIA_MOCK_ENABLED && !env.ESIA_MOCK_ALLOW_IN_PRODUCTION) {
      ctx.addIssue({
        code: "custom",
        path: ["ESIA_MOCK_ENABLED"],
        message:
          "включает имитатор ЕСИА в режиме production: это допустимо только вместе с ESIA_MOCK_ALLOW_IN_PRODUCTION=true",
      });
    }
    if (env.NODE_ENV === "production" && env.DEV_OUTBOX_ENABLED && !env.DEV_OUTBOX_ALLOW_IN_PRODUCTION) {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_OUTBOX_ENABLED"],
        message:
          "включает страницу /dev/outbox (на ней видны все коды) в режиме production: это допустимо только вместе с DEV_OUTBOX_ALLOW_IN_PRODUCTION=true",
      });
    }
  });

/**
 * Cookies carry Secure on https and in every production process, whatever APP_URL says (a TLS
 * proxy in front with APP_URL mistyped as http must not leak the session), unless a local demo
 * over plain http says INSECURE_LOCAL_HTTP=true (start-up then warns: lib/boot.ts).
 */
export function secureCookies(
  settings: Pick<AppConfig, "APP_URL" | "NODE_ENV" | "INSECURE_LOCAL_HTTP"> = config(),
): boolean {
  if (settings.APP_URL.startsWith("https:")) return true;
  return settings.NODE_ENV === "production" && !settings.INSECURE_LOCAL_HTTP;
}

/** Every variable the portal reads (the .env.example test checks each is documented). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

export type AppConfig = z.output<typeof environmentSchema> & { databaseDriver: "pglite" | "postgres" };

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Ошибка конфигурации: переменная окружения ${variable} ${detail}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError naming the first bad variable. */
export function parseConfig(environment: Record<string, string | undefined>): AppConfig {
  const withoutBlanks = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ""));
  const result = environmentSchema.safeParse(withoutBlanks);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? "?");
    const custom = issue.code === "custom" || issue.message.startsWith("должна");
    const detail = custom ? issue.message : `имеет недопустимое значение (${issue.message})`;
    throw new ConfigError(variable, detail);
  }
  return { ...result.data, databaseDriver: result.data.DATABASE_URL ? "postgres" : "pglite" };
}

let cached: AppConfig | undefined;

/** The validated configuration of this process. */
export function config(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
