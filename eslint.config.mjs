import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Boundaries (decision 0016): the portal knows the mock ESIA only through the ESIA protocol, so
// no portal module imports lib/esia-mock except the mock's own pages and the modules that start
// it; lib/ and components/ stand below app/ and never import it.
const APP_ZONE = {
  target: ["./lib", "./components"],
  from: "./app",
  message: "lib/ and components/ never import app/: pass the value in, or move the code down into lib/.",
};
const MOCK_ZONE = {
  target: [
    "./app/!(esia-mock)/**",
    "./app/*.{ts,tsx}",
    "./lib/!(esia-mock)/**",
    "./lib/*.ts",
    "./components/**",
    "./proxy.ts",
    "./instrumentation.ts",
  ],
  from: "./lib/esia-mock",
  message:
    "The portal talks to the mock ESIA as to the real one, through lib/esia: only app/esia-mock and the modules that start the mock import lib/esia-mock.",
};
/** The module that starts the mock ESIA beside the portal (registers it as a database guest, lib/db/guests.ts). */
const MOCK_HOSTS = ["lib/boot.ts"];
// The database module stands below the domain and below its guests (decision 0022): not even its
// tests import the mock; a guest is registered from above.
const DB_ZONE = {
  target: ["./lib/db"],
  from: "./lib/esia-mock",
  message:
    "lib/db never imports the mock ESIA: the mock is a database guest (lib/db/guests.ts), registered by lib/boot.ts.",
};
// The one multi-schema Prisma client carries the mock's models too (decision 0022): outside the
// mock (and the tests that seed it), no code reads or writes them, as none may join them.
const MOCK_DELEGATES = {
  selector:
    "MemberExpression[property.name=/^esia(Account|Organization|OrgEmployee|Document|Address|Kid|DataCheck|MailCode|PendingVerification|Session|Client|AuthRequest|AuthCode|RefreshToken|SigningKey|GostSigningKey|OutboxMessage)$/]",
  message: "The mock ESIA's tables are its own: the portal reaches the mock over HTTP, never through its models.",
};

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Personal data must go through the redacting logger, never straight to the console.
      "no-console": ["error", { allow: ["error"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["scripts/**", "bench/**", "e2e/**", ".ci/**"], rules: { "no-console": "off" } },
  { rules: { "import/no-restricted-paths": ["error", { zones: [APP_ZONE, MOCK_ZONE] }] } },
  // The ESIA client's contract tests run against the mock itself.
  { files: [...MOCK_HOSTS, "**/*.test.ts"], rules: { "import/no-restricted-paths": ["error", { zones: [APP_ZONE] }] } },
  // Integration tests drive the app's real route handlers (the mock's protocol, the portal's routes).
  { files: ["**/*.int.test.ts"], rules: { "import/no-restricted-paths": "off" } },
  { files: ["lib/db/**"], rules: { "import/no-restricted-paths": ["error", { zones: [APP_ZONE, DB_ZONE] }] } },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.ts", "components/**/*.{ts,tsx}"],
    ignores: ["app/esia-mock/**", "lib/esia-mock/**", "lib/generated/**", "**/*.int.test.ts"],
    rules: { "no-restricted-syntax": ["error", MOCK_DELEGATES] },
  },
  {
    // Client components (by the project's naming; components/client-boundary.test.ts checks every
    // "use client" module's whole import graph) never import server code into the browser bundle.
    files: [
      "components/**/*.tsx",
      "app/**/*-form.tsx",
      "app/**/*-forms.tsx",
      "app/**/*-fields.tsx",
      "app/**/step-form.tsx",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "server-only", "pg", "pg-boss", "@prisma/*", "nodemailer", "pino"],
              message: "Server code in a client component: move it to a server module.",
            },
            {
              group: [
                "@/lib/db/*",
                "@/lib/applications/attachments",
                "@/lib/applications/repository",
                "@/lib/messaging/*",
              ],
              message:
                "A server module in a client component: import the client-safe part (e.g. @/lib/applications/attachment-slots).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
