import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../lib/messaging/smtp-sink";
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from "../lib/telemetry/otlp-receiver";
import { signInThroughEsia, startApplication } from "./support/applications";
import { Instances } from "./support/instances";

// OpenTelemetry traces (issue #11, decision 0024): the production build with
// OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver this spec runs. Pages answered,
// a 404, a citizen's ESIA login and a form step must arrive as spans of service «portal» named by
// route pattern, with the database queries and ESIA's back-channel calls; and nothing the
// requests carried (query strings, cookies, ids, SNILS) may be in any of them. Without the
// variable the SDK is never loaded. Each instance has its own PGlite database.

test.describe.configure({ mode: "serial" });

const instances = new Instances();
const folders: string[] = [];
let receiver: OtlpReceiver;
let base: string;
/** Module loads the traced instance reported (NODE_DEBUG=module). */
let tracedModules = "";

const probe = () => randomBytes(9).toString("hex");

function dataDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "portal-tracing-e2e-"));
  folders.push(folder);
  return folder;
}

/** Waits until spans matching `wanted` have arrived (the SDK sends in batches every 5 s). */
async function spansWhere(wanted: (span: ReceivedSpan) => boolean, timeout = 30_000): Promise<ReceivedSpan[]> {
  await expect.poll(() => receiver.spans().filter(wanted).length, { timeout }).toBeGreaterThan(0);
  return receiver.spans().filter(wanted);
}

const routeOf = (span: ReceivedSpan) => span.attributes["next.route"] ?? span.attributes["http.route"];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  receiver = await startOtlpReceiver();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await instances.portal({
    name: "portal-traced",
    appUrl: base,
    databaseUrl: "",
    port,
    env: {
      PGLITE_DATA_DIR: dataDir(),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_TRACES_SAMPLER: "always_on",
      NODE_DEBUG: "module",
    },
    onStderr: (text) => (tracedModules += text),
  });
});

test.afterAll(async () => {
  await instances.stopAll();
  await receiver.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

test("requests arrive as spans of service «portal» by route pattern, with database and ESIA spans, and carry nothing personal", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const secrets: string[] = [];
  const secret = () => {
    const value = probe();
    secrets.push(value);
    return value;
  };
  const cookie = `probe=${secret()}`;
  const get = async (pathname: string, status: number) => {
    const response = await fetch(`${base}${pathname}`, { headers: { Cookie: cookie }, redirect: "manual" });
    await response.arrayBuffer();
    expect(response.status, pathname).toBe(status);
  };
  await get(`/?utm_source=${secret()}`, 200);
  await get(`/services/kindergarten-basic?from=${secret()}`, 200);
  const missingId = `c${secret()}`;
  await get(`/services/${missingId}`, 404);
  await get(`/no-such-page/${secret()}?snils=112-233-445%2095`, 404);

  // A citizen: ESIA's login (token and person calls over the back channel), then a form step.
  const context = await browser.newContext({ baseURL: base, locale: "ru-RU" });
  const page = await context.newPage();
  await signInThroughEsia(page, "Гайнуллина Лилия");
  await startApplication(page, "kindergarten-basic");
  const applicationId = /\/cabinet\/applications\/([^/]+)\/step\//.exec(page.url())?.[1];
  expect(applicationId).toBeTruthy();
  for (const { value } of await context.cookies()) if (value.length >= 16) secrets.push(value);
  await context.close();

  // Next's server span of each request (kind 2, SERVER), named by the route pattern.
  const server = (span: ReceivedSpan) => span.kind === 2;
  const [step] = await spansWhere((span) => server(span) && routeOf(span) === "/cabinet/applications/[id]/step/[step]");
  expect(step!.name).toMatch(/^(RSC )?(GET|POST) \/cabinet\/applications\/\[id\]\/step\/\[step\]$/);
  await spansWhere((span) => server(span) && span.name === "GET /" && routeOf(span) === "/");
  await spansWhere((span) => routeOf(span) === "/services/[id]" && span.attributes["http.status_code"] === 404);
  await spansWhere(
    (span) => span.attributes["http.status_code"] === 404 && span.attributes["http.target"] === "(other)",
  );
  // Database queries, as SQL with placeholders.
  const queries = await spansWhere((span) => span.name === "prisma:client:db_query");
  expect(queries.some((span) => /\bSELECT\b[\s\S]*\$1/.test(String(span.attributes["db.query.text"])))).toBe(true);
  // ESIA's back channel, named by operation.
  for (const operation of ["token", "person"]) {
    const [call] = await spansWhere((span) => span.name === `ESIA ${operation}`);
    expect(call!.attributes).toMatchObject({ "esia.operation": operation, "http.response.status_code": 200 });
  }

  const spans = receiver.spans();
  for (const span of spans) {
    expect(span.resource).toMatchObject({ "service.name": "portal", "service.instance.id": "portal-traced" });
    expect(span.resource["service.version"]).toMatch(/^\d+\.\d+\.\d+/);
  }
  const exported = JSON.stringify(spans);
  expect(secrets.filter((value) => exported.includes(value))).toEqual([]);
  // The application's id (a number) as a path segment or an attribute's value.
  expect(exported).not.toMatch(new RegExp(`/${applicationId}([/?"]|$)|":"${applicationId}"`));
  expect(exported).not.toMatch(/\d{3}-\d{3}-\d{3}[ -]\d{2}/); // a SNILS
  expect(exported).not.toMatch(/\/prns\/\d/); // the person's ESIA oid in a URL
  expect(exported).not.toMatch(/"http\.target":"[^"]*\?/); // a query string
});

test("on SIGTERM the spans still buffered are sent before the instance exits", async () => {
  const marker = "/services/child-allowance";
  const before = receiver.spans().filter((span) => routeOf(span) === "/services/[id]").length;
  const response = await fetch(`${base}${marker}`);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  // At once, well within the 5 s the batch would wait.
  expect(await instances.stop("portal-traced")).toBe(0);
  expect(receiver.spans().filter((span) => routeOf(span) === "/services/[id]").length).toBeGreaterThan(before);
  // The SDK was loaded in this instance (the other test shows it is not without the variable).
  expect(tracedModules).toContain("@opentelemetry/sdk-trace-node");
});

test("without OTEL_EXPORTER_OTLP_ENDPOINT the portal serves and never loads the SDK", async () => {
  test.setTimeout(120_000);
  let modules = "";
  const port = await freePort();
  const exports = receiver.requests();
  await instances.portal({
    name: "portal-plain",
    appUrl: `http://127.0.0.1:${port}`,
    databaseUrl: "",
    port,
    env: { PGLITE_DATA_DIR: dataDir(), NODE_DEBUG: "module" },
    onStderr: (text) => (modules += text),
  });
  for (const pathname of ["/", "/services/kindergarten-basic"]) {
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
  }
  expect(await instances.stop("portal-plain")).toBe(0);
  // The loader did report modules (the check below is not vacuous), but none of the SDK's.
  expect(modules).toContain("prom-client");
  expect(modules).not.toContain("@opentelemetry/sdk-trace");
  expect(modules).not.toContain("@opentelemetry/exporter-trace-otlp");
  expect(modules).not.toContain("@prisma/instrumentation");
  expect(receiver.requests()).toBe(exports);
});
