import { readFileSync } from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
// The error page's words for app/global-error.tsx, which renders without the root layout and its
// catalogue: both languages' `errorPage` texts, from the catalogues themselves.
const errorPageWords = Object.fromEntries(
  ["ru", "tt"].map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), "utf8")).errorPage,
  ]),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM through import.meta.url and must not be bundled; pino's worker
  // threads likewise (see ../docs/decisions/0001-embedded-pglite-default.md).
  // The OpenTelemetry SDK is loaded from node_modules, and only when tracing is on (lib/telemetry).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pino",
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/exporter-trace-otlp-proto",
    "@opentelemetry/resources",
    "@opentelemetry/sdk-trace-node",
    "@prisma/instrumentation",
  ],
  // The receipt PDF reads its fonts from disk at run time (lib/receipts/receipt-pdf.ts).
  outputFileTracingIncludes: { "/cabinet/applications/*/receipt": ["./lib/receipts/fonts/*"] },
  // Several builds side by side (parallel work trees, benchmarks) each take their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The same id on every instance of one release (docs/deploy.md): a browser holding an older
  // release's pages gets a full page load instead of mixing two builds' action ids.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // Attachments of up to 5 MB go through server actions (lib/applications/attachments.ts); a
  // larger file still reaches the action, which answers with a message beside the field.
  // The proxy (proxy.ts) reads a body up to this size; it must not cut one the actions accept
  // (Next's default of 10 MB did, and an 11 MB upload ended in a bare 500). proxy.ts refuses a
  // declared body over 12 MB with a 413 page before it is read.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "13mb" },
  // Every page's <title> is in the <head> of the first response, for every browser, not
  // streamed in after the content: a screen reader announces the page by it (WCAG 2.4.2), a
  // page opened without JavaScript has it, and an error's «Ошибка:» title is there at once.
  htmlLimitedBots: /./,
  reactStrictMode: true,
  env: { PORTAL_VERSION: version, ERROR_PAGE_WORDS: JSON.stringify(errorPageWords) },
};

// next-intl reads the language and its catalogue per request (i18n/request.ts, decision 0019).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
