import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER } from "./client-address";
import { recordSocketPeers } from "./peer-address";

describe("the socket's peer on every request", () => {
  const server = createServer((request, response) =>
    response.end(JSON.stringify(request.headers[PEER_HEADER] ?? null)),
  );
  let url = "";
  beforeAll(async () => {
    recordSocketPeers();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is the real address, and a client cannot send its own", async () => {
    expect(await (await fetch(url)).json()).toBe("127.0.0.1");
    expect(
      await (await fetch(url, { headers: { [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } })).json(),
    ).toBe("127.0.0.1");
  });
});
