import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { guardResponse } from "./outage-guard";

// A real HTTP server whose handler answers as Next does: a status set, then the body written
// (with writeHead, or implicitly by write/end).
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(markedDown: boolean, handler: (response: ServerResponse) => void): Promise<string> {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    guardResponse(request, response, () => markedDown);
    handler(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const nextErrorPage = (response: ServerResponse) => {
  response.statusCode = 500;
  response.setHeader("content-type", "text/html");
  response.setHeader("x-request-id", "req-1");
  response.write("<html>Internal Server Error");
  response.end("</html>");
};

describe("the first request to meet an outage", () => {
  it("gets the Russian 503 page with Retry-After in place of Next's 500 page", async () => {
    const base = await serve(true, nextErrorPage);
    const answer = await fetch(`${base}/cabinet?x=1`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.headers.get("x-request-id")).toBe("req-1");
    const page = await answer.text();
    expect(page).toContain("Сервис временно недоступен");
    expect(page).toContain('href="/cabinet"');
    expect(page).not.toContain("Internal Server Error");
  });

  it("as plain text for a server action called by script, also when the status comes with writeHead", async () => {
    const base = await serve(true, (response) => {
      response.writeHead(500, { "content-type": "text/x-component" });
      response.end("0:E{}");
    });
    const answer = await fetch(`${base}/login`, { method: "POST", headers: { "next-action": "abc" } });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await answer.text()).toMatch(/^Сервис временно недоступен/);
  });

  it("leaves a 500 alone while the database answers, and every other status during an outage", async () => {
    expect((await fetch(await serve(false, nextErrorPage))).status).toBe(500);
    server!.close();
    const base = await serve(true, (response) => {
      response.statusCode = 404;
      response.end("Не найдено");
    });
    const answer = await fetch(base);
    expect([answer.status, await answer.text()]).toEqual([404, "Не найдено"]);
  });

  it("keeps a wrapper laid over it later (Next's compression) in the path of every write", async () => {
    const base = await serve(false, (response) => {
      const write = response.write;
      const end = response.end;
      const upper = (chunk: unknown) => String(chunk).toUpperCase();
      response.write = ((chunk: unknown) => Reflect.apply(write, response, [upper(chunk)])) as typeof response.write;
      response.end = ((chunk?: unknown) =>
        Reflect.apply(end, response, chunk === undefined ? [] : [upper(chunk)])) as typeof response.end;
      response.statusCode = 200;
      response.write("первая ");
      response.write("вторая ");
      response.end("третья");
    });
    expect(await (await fetch(base)).text()).toBe("ПЕРВАЯ ВТОРАЯ ТРЕТЬЯ");
  });

  it("leaves health and metrics their own answers, and a response whose head already went out", async () => {
    const health = await serve(true, (response) => {
      response.writeHead(503, { "content-type": "application/json" });
      response.end('{"status":"unavailable"}');
    });
    expect(await (await fetch(`${health}/api/health`)).json()).toEqual({ status: "unavailable" });
    server!.close();
    const streamed = await serve(true, (response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html>начало");
      response.statusCode = 500;
      response.end("</html>");
    });
    const answer = await fetch(streamed);
    expect([answer.status, await answer.text()]).toEqual([200, "<html>начало</html>"]);
  });
});
