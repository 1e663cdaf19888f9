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

class Browser {
  cookies = new Map();
  async request(url, init = {}) {
    const headers = new Headers(init.headers);
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (jar) headers.set("cookie", jar);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
  /** Follows redirects like a browser; returns the final response and URL. */
  async go(url, init) {
    let response = await this.request(url, init);
    let current = url;
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      current = new URL(response.headers.get("location"), current).toString();
      await response.arrayBuffer();
      response = await this.request(current);
    }
    return { response, url: current, html: await response.text() };
  }
  /** Posts the form that contains `marker` the way a browser without JavaScript does. */
  async submit(page, marker, extra = {}) {
    const forms = page.html.split("<form").slice(1).map((chunk) => chunk.split("</form>")[0]);
    const form = forms.find((chunk) => chunk.includes(marker));
    if (!form) throw new Error(`no form with ${marker} at ${page.url}`);
    const body = new FormData();
    for (const input of form.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(input[1])?.[1];
      if (!name) continue;
      const value = /value="([^"]*)"/.exec(input[1])?.[1] ?? "";
      body.append(name.replaceAll("&amp;", "&"), value.replaceAll("&amp;", "&").replaceAll("&quot;", '"'));
    }
    for (const [name, value] of Object.entries(extra)) body.set(name, value);
    // Plain forms name their target; server-action forms post back to the page itself.
    const action = /^[^>]*action="(\/[^"]*)"/.exec(form)?.[1];
    const target = action ? new URL(action.replaceAll("&amp;", "&"), page.url).toString() : page.url;
    return this.go(target, { method: "POST", body, headers: { origin: base } });
  }
}

async function roundTrip(persona) {
  const browser = new Browser();
  let page = await browser.go(`${base}/esia/start?intent=login`);
  page = await browser.submit(page, `Войти как ${persona}`);
  page = await browser.submit(page, "Предоставить", { decision: "grant" });
  if (page.url.includes("/esia/choose")) {
    page = await browser.submit(page, "Зарегистрировать личный кабинет", { email: `bench${Date.now()}@example.ru`, phone: "", password: "Parol2026", passwordConfirmation: "Parol2026" });
  }
  if (!page.url.endsWith("/cabinet") || page.response.status !== 200) throw new Error(`ended at ${page.url} (${page.response.status})`);
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
