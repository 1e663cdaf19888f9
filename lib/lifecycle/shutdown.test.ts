import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  exitCode,
  isDraining,
  KEEP_ALIVE_TIMEOUT_MS,
  requestsInFlight,
  resetLifecycleForTests,
  shutDown,
  trackRequests,
} from "./shutdown";

// A real http.Server stands in for `next start`'s: the tracker learns it from its requests.

let server: Server;
let port: number;
/** Requests the test holds open: answered when the test says so. */
const held: Array<() => void> = [];

beforeAll(() => trackRequests("portal-test"));

async function startServer(): Promise<void> {
  resetLifecycleForTests();
  server = createServer((incoming, response) => {
    if (incoming.url === "/slow") {
      held.push(() => response.end("slow done"));
      return;
    }
    response.end(isDraining() ? "draining" : "ok");
  });
  server.keepAliveTimeout = 5_000; // Node's default, as `next start` leaves it
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
}

afterEach(async () => {
  for (const answer of held.splice(0)) answer();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function get(
  path: string,
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

describe("graceful shutdown of an instance", () => {
  it("names the instance on every response", async () => {
    await startServer();
    const answer = await get("/");
    expect(answer.headers["x-portal-instance"]).toBe("portal-test");
  });

  it("keeps idle connections open far longer than nginx's 4 s, so nginx is the one to close them", async () => {
    await startServer();
    await get("/");
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(4_000 * 10);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it("stops taking connections, lets the request in flight finish, then closes the database", async () => {
    await startServer();
    await get("/"); // the tracker learns the server
    const slow = get("/slow");
    await until(() => held.length === 1);
    expect(requestsInFlight()).toBe(1);
    let closed = false;
    const stopping = shutDown({
      drainDelayMs: 0,
      timeoutMs: 5_000,
      closeResources: async () => void (closed = true),
      log: () => undefined,
    });
    expect(isDraining()).toBe(true);
    // A new connection is refused while the slow request is still running.
    await expect(get("/")).rejects.toThrow(/ECONNREFUSED/);
    expect(closed).toBe(false);
    held.shift()!();
    expect((await slow).body).toBe("slow done");
    const outcome = await stopping;
    expect(outcome).toEqual({ abandoned: 0, resourcesClosed: true });
    expect(closed).toBe(true);
    expect(exitCode(outcome)).toBe(0);
  });

  it("keeps serving, as draining, for the drain delay before the listener closes", async () => {
    await startServer();
    await get("/");
    const stopping = shutDown({
      drainDelayMs: 300,
      timeoutMs: 1_000,
      closeResources: async () => undefined,
      log: () => undefined,
    });
    const during = await get("/");
    expect(during.body).toBe("draining");
    // No connection is kept alive for a next request while draining.
    expect(during.headers.connection).toBe("close");
    expect(exitCode(await stopping)).toBe(0);
    await expect(get("/")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("cuts a request that outlives the timeout and says so in the exit code", async () => {
    await startServer();
    await get("/");
    const slow = get("/slow").catch((error: Error) => error);
    await until(() => held.length === 1);
    const outcome = await shutDown({
      drainDelayMs: 0,
      timeoutMs: 100,
      closeResources: async () => undefined,
      log: () => undefined,
    });
    expect(outcome.abandoned).toBe(1);
    expect(exitCode(outcome)).toBe(1);
    expect(await slow).toBeInstanceOf(Error);
  });

  it("reports a database that would not close", async () => {
    await startServer();
    const outcome = await shutDown({
      drainDelayMs: 0,
      timeoutMs: 100,
      closeResources: async () => Promise.reject(new Error("pool")),
      log: () => undefined,
    });
    expect(outcome).toEqual({ abandoned: 0, resourcesClosed: false });
    expect(exitCode(outcome)).toBe(1);
  });
});
