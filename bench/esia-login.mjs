#!/usr/bin/env node
// Complete ESIA login round trips per second against a running portal with the mock ESIA:
// «Вход через ЕСИА» → v2/ac → mock login (persona form) → consent «Предоставить» → callback
// (token exchange, token checks, person data) → portal session → /cabinet. Each round trip is a
// fresh browser (no cookies), driven exactly as a browser without JavaScript would: real HTTP,
// real forms (server actions posted natively).
//
//   node bench/esia-login.mjs --base http://localhost:3000 --duration 30 --concurrency 4
//
// The persona must already be linked to a cabinet (the script links it on its first round trip by
// registering a cabinet from ESIA when it lands on the choice page).
import { parseArgs } from "node:util";
import { Browser } from "./browser.mjs";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    duration: { type: "string", default: "30" },
    concurrency: { type: "string", default: "4" },
    persona: { type: "string", default: "Гарипов Ильдар" },
  },
});
const base = values.base.replace(/\/$/, "");
const durationMs = Number(values.duration) * 1000;
const concurrency = Number(values.concurrency);

async function roundTrip(persona) {
  const browser = new Browser(base);
  let page = await browser.go(`${base}/esia/start?intent=login`);
  page = await browser.submit(page, `Войти как ${persona}`);
  page = await browser.submit(page, "Предоставить", { decision: "grant" });
  if (page.url.includes("/esia/choose")) {
    page = await browser.submit(page, "Зарегистрировать личный кабинет", {
      email: `bench${Date.now()}@example.ru`,
      phone: "",
      password: "Parol2026",
      passwordConfirmation: "Parol2026",
    });
  }
  if (!page.url.endsWith("/cabinet") || page.response.status !== 200)
    throw new Error(`ended at ${page.url} (${page.response.status})`);
}

await roundTrip(values.persona); // warm-up, and links the persona on a fresh database
const latencies = [];
let failures = 0;
const deadline = Date.now() + durationMs;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        await roundTrip(values.persona);
        latencies.push(performance.now() - started);
      } catch (error) {
        failures += 1;
        if (failures <= 3) console.error(String(error));
      }
    }
  }),
);
latencies.sort((a, b) => a - b);
const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
console.log(
  JSON.stringify({
    base,
    concurrency,
    seconds: durationMs / 1000,
    roundTrips: latencies.length,
    failures,
    perSecond: +(latencies.length / (durationMs / 1000)).toFixed(2),
    p50ms: Math.round(pick(0.5)),
    p95ms: Math.round(pick(0.95)),
  }),
);
