import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifySmtpError, DeliveryError, smsGatewayTransport } from "./transports";

describe("classifySmtpError", () => {
  it.each([
    [{ responseCode: 550, response: "550 5.1.1 <a@b.ru>: User unknown" }, true],
    [{ responseCode: 553, response: "553 bad address" }, true],
    [{ responseCode: 451, response: "451 4.3.2 try later" }, false],
    [{ responseCode: 421, response: "421 closing" }, false],
    [{ code: "ECONNECTION", message: "connect ECONNREFUSED 127.0.0.1:25" }, false],
    [{ code: "ETIMEDOUT", message: "Connection timeout" }, false],
    [{ code: "EENVELOPE", message: "No recipients defined" }, true],
  ])("%j → permanent: %s", (failure, permanent) => {
    const error = classifySmtpError(Object.assign(new Error("x"), failure));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.permanent).toBe(permanent);
  });

  it("never keeps the whole address in the error", () => {
    expect(classifySmtpError({ responseCode: 550, response: "550 <ivanova@mail.ru> unknown" }).message).not.toContain(
      "ivanova@mail.ru",
    );
  });
});

describe("the SMS gateway adapter", () => {
  let server: Server;
  let url: string;
  const received: { headers: IncomingMessage["headers"]; body: unknown }[] = [];
  let answer = { status: 202, body: '{"id":"gw-1"}' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: JSON.parse(body) });
        response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/send`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const message = { id: 42, recipient: "+79171234567", subject: "—", text: "Код регистрации: 123456", html: null };

  it("posts the documented JSON with the bearer token", async () => {
    answer = { status: 202, body: '{"id":"gw-1"}' };
    await smsGatewayTransport(url, "secret-token").send(message);
    expect(received.at(-1)).toEqual({
      headers: expect.objectContaining({ authorization: "Bearer secret-token", "content-type": "application/json" }),
      body: { id: "portal-42", to: "+79171234567", text: "Код регистрации: 123456" },
    });
  });

  it.each([
    [422, true],
    [400, true],
    [401, true],
    [429, false],
    [503, false],
  ])("answer %i → permanent: %s", async (status, permanent) => {
    answer = { status, body: '{"error":"x"}' };
    const error = await smsGatewayTransport(url, "t")
      .send(message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(permanent);
  });

  it("treats a gateway that does not answer as a temporary failure", async () => {
    const error = await smsGatewayTransport("http://127.0.0.1:1/send", "t")
      .send(message)
      .catch((e: unknown) => e);
    expect((error as DeliveryError).permanent).toBe(false);
  });
});
