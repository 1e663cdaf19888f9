import { describe, expect, it } from "vitest";
import { routeMatcher } from "../metrics/route-pattern";
import { genericPath, scrubAttributes, scrubSpan, scrubSpanName, scrubText, scrubUrl } from "./span-scrubber";

const routeOf = routeMatcher([
  "/(portal)/page",
  "/(portal)/cabinet/page",
  "/(portal)/cabinet/applications/[id]/page",
  "/(portal)/cabinet/applications/[id]/step/[step]/page",
  "/(portal)/services/[slug]/page",
  "/api/health/route",
]);

const SNILS = "112-233-445 95";

describe("the portal's own request targets", () => {
  it("become the route pattern, without the query", () => {
    const safe = scrubAttributes(
      { "http.target": "/cabinet/applications/cmh1x9k2f0000abcd?_rsc=1x2y&snils=11223344595" },
      routeOf,
    );
    expect(safe).toEqual({ "http.target": "/cabinet/applications/[id]" });
    expect(scrubAttributes({ "url.path": "/cabinet/applications/42/step/children" }, routeOf)).toEqual({
      "url.path": "/cabinet/applications/[id]/step/[step]",
    });
  });

  it("of a path that is no route become (other), so nothing typed into the address bar is kept", () => {
    expect(scrubAttributes({ "http.target": "/ivanov-ivan/12345?q=1" }, routeOf)).toEqual({ "http.target": "(other)" });
    expect(scrubAttributes({ "http.target": "/_not-found" }, routeOf)).toEqual({ "http.target": "/_not-found" });
  });
});

describe("URLs of other systems", () => {
  it("keep origin and plain words; ids, query and credentials go", () => {
    expect(scrubUrl("https://user:pw@esia.gosuslugi.ru/rs/prns/1000299353/docs?embed=(elements)#x")).toBe(
      "https://esia.gosuslugi.ru/rs/prns/[id]/docs",
    );
    expect(scrubUrl("http://127.0.0.1:3000/esia-mock/aas/oauth2/v3/te")).toBe(
      "http://127.0.0.1:3000/esia-mock/aas/oauth2/v3/te",
    );
    expect(scrubUrl("https://sms.example.ru/send/8f14e45fceea167a5a36dedd4bea2543")).toBe(
      "https://sms.example.ru/send/[id]",
    );
    expect(scrubUrl("not a url")).toBe("[url]");
    expect(scrubUrl("postgresql://portal:secret@db/portal")).toBe("postgresql://[скрыто]");
  });

  it("in http.url and url.full", () => {
    expect(
      scrubAttributes({ "http.url": "http://127.0.0.1:3600/esia-mock/rs/prns/1000123?embed=(documents)" }, routeOf),
    ).toEqual({ "http.url": "http://127.0.0.1:3600/esia-mock/rs/prns/[id]" });
    expect(scrubAttributes({ "url.full": "https://esia.gosuslugi.ru/aas/oauth2/v2/ac?state=abc" }, routeOf)).toEqual({
      "url.full": "https://esia.gosuslugi.ru/aas/oauth2/v2/ac",
    });
  });

  it("segments that look like ids, whatever their shape", () => {
    expect(genericPath("/a/123/b-c/cmh1x9k2f0000abcd/jwks.json/v3/[id]/7e0f")).toBe(
      "/a/[id]/b-c/[id]/jwks.json/v3/[id]/[id]",
    );
  });
});

describe("other attributes", () => {
  it("named after secrets are dropped, wherever they nest", () => {
    expect(
      scrubAttributes(
        {
          "http.request.header.cookie": "portal.session-token=abc",
          "http.request.header.authorization": "Bearer x",
          "user.snils": SNILS,
          "esia.access_token": "eyJ",
          "url.query": "a=1",
          "http.method": "GET",
        },
        routeOf,
      ),
    ).toEqual({ "http.method": "GET" });
  });

  it("SQL keeps its placeholders, loses its literals", () => {
    const sql = `SELECT "id" FROM "user" WHERE "snils" = '11223344595' AND "email" = $1 AND "x" = 'it''s' LIMIT $2`;
    expect(scrubAttributes({ "db.query.text": sql }, routeOf)["db.query.text"]).toBe(
      `SELECT "id" FROM "user" WHERE "snils" = '?' AND "email" = $1 AND "x" = '?' LIMIT $2`,
    );
  });

  it("strings are masked like log lines; numbers and flags stay", () => {
    expect(
      scrubAttributes(
        {
          "exception.message": `СНИЛС ${SNILS} уже привязан; ivanova@example.ru, +7 917 123-45-67`,
          "http.status_code": 404,
          "next.rsc": false,
          list: [`https://x.ru/a/1?b=2`, 3],
        },
        routeOf,
      ),
    ).toEqual({
      "exception.message": "СНИЛС [скрыто] уже привязан; iv***@example.ru, +7 *** ***-**-67",
      "http.status_code": 404,
      "next.rsc": false,
      list: ["https://x.ru/a/[id]", 3],
    });
  });
});

describe("span names", () => {
  it("keep Next's route patterns and lose the URLs of its fetch spans", () => {
    expect(scrubSpanName("GET /cabinet/applications/[id]")).toBe("GET /cabinet/applications/[id]");
    expect(scrubSpanName("render route (app) /services/[slug]")).toBe("render route (app) /services/[slug]");
    expect(scrubSpanName("fetch GET http://127.0.0.1:3600/esia-mock/rs/prns/1000123?embed=(documents)")).toBe(
      "fetch GET http://127.0.0.1:3600/esia-mock/rs/prns/[id]",
    );
    expect(scrubSpanName("GET /cabinet/applications/cmh1x9k2f0000abcd?x=1")).toBe("GET /cabinet/applications/[id]");
  });

  it("free text keeps no personal data", () => {
    expect(scrubText(`login of ${SNILS} at https://a.ru/x/99?y=1`)).toBe("login of [скрыто] at https://a.ru/x/[id]");
  });
});

describe("server spans Next.js left unnamed", () => {
  it("are named by the route pattern of their target", () => {
    const span = { name: "RSC GET", attributes: { "http.target": "/cabinet/applications/cmh1x9k2f0000abcd?_rsc=1" } };
    expect(scrubSpan({ ...span, events: [], links: [], status: {} }, routeOf)).toMatchObject({
      name: "RSC GET /cabinet/applications/[id]",
      attributes: { "http.target": "/cabinet/applications/[id]", "http.route": "/cabinet/applications/[id]" },
    });
    const other = { name: "GET", attributes: { "http.target": "/ivanov/1" }, events: [], links: [], status: {} };
    expect(scrubSpan(other, routeOf)).toMatchObject({ name: "GET", attributes: { "http.target": "(other)" } });
    const named = {
      name: "GET /",
      attributes: { "http.target": "/", "http.route": "/" },
      events: [],
      links: [],
      status: {},
    };
    expect(scrubSpan(named, routeOf).name).toBe("GET /");
    expect(scrubSpanName("generateMetadata /(portal)/services/[id]/page")).toBe(
      "generateMetadata /(portal)/services/[id]/page",
    );
  });
});

describe("a whole span", () => {
  it("is rewritten in its name, attributes, events, links and status, the rest kept", () => {
    const context = { traceId: "t", spanId: "s" };
    const span = {
      name: "fetch POST https://esia.gosuslugi.ru/aas/oauth2/v3/te?code=secret",
      kind: 2,
      context,
      attributes: { "http.url": "https://esia.gosuslugi.ru/aas/oauth2/v3/te?code=secret", "net.peer.port": 443 },
      events: [
        { name: "exception", time: [1, 2], attributes: { "exception.message": `bad ${SNILS}`, "exception.type": "E" } },
      ],
      links: [{ context, attributes: { "http.target": "/cabinet/applications/77?x=1" } }],
      status: { code: 2, message: `failed for ${SNILS}` },
    };
    expect(scrubSpan(span, routeOf)).toEqual({
      name: "fetch POST https://esia.gosuslugi.ru/aas/oauth2/v3/te",
      kind: 2,
      context,
      attributes: { "http.url": "https://esia.gosuslugi.ru/aas/oauth2/v3/te", "net.peer.port": 443 },
      events: [
        { name: "exception", time: [1, 2], attributes: { "exception.message": "bad [скрыто]", "exception.type": "E" } },
      ],
      links: [{ context, attributes: { "http.target": "/cabinet/applications/[id]" } }],
      status: { code: 2, message: "failed for [скрыто]" },
    });
  });
});
