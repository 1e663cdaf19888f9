import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", ".next-*/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"] },
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
  {
    // Client components (by the project's naming; components/client-boundary.test.ts checks every
    // "use client" module's whole import graph) never import server code into the browser bundle.
    files: ["components/**/*.tsx", "app/**/*-form.tsx", "app/**/*-forms.tsx", "app/**/*-fields.tsx", "app/**/step-form.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "server-only", "pg", "pg-boss", "@prisma/*", "nodemailer", "pino"], message: "Server code in a client component: move it to a server module." },
            { group: ["@/lib/db/*", "@/lib/applications/attachments", "@/lib/applications/repository", "@/lib/messaging/*"], message: "A server module in a client component: import the client-safe part (e.g. @/lib/applications/attachment-slots)." },
          ],
        },
      ],
    },
  },
];

export default config;
