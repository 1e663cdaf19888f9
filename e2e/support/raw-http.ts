import { Agent, request } from "node:http";

// Raw HTTP for the security tests: exact paths and bodies (broken percent-encoding, malformed
// multipart) that a browser or fetch would refuse or repair, and a chosen local address on the
// loopback network (127.0.0.x), so that what these tests lock (the login throttle of an address)
// is never the address the other journeys come from.

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function rawClient(baseUrl: string, localAddress: string) {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 8, localAddress });
  return {
    send(input: RawRequest): Promise<RawResponse> {
      return new Promise((resolve, reject) => {
        const body =
          input.body === undefined
            ? undefined
            : Buffer.isBuffer(input.body)
              ? input.body
              : Buffer.from(input.body, "utf8");
        const outgoing = request(
          {
            agent,
            host: base.hostname,
            port: base.port,
            method: input.method ?? "GET",
            path: input.path,
            headers: { ...(body ? { "Content-Length": String(body.length) } : {}), ...input.headers },
            timeout: 30_000,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            response.on("error", reject);
          },
        );
        outgoing.on("timeout", () => outgoing.destroy(new Error(`timeout: ${input.method ?? "GET"} ${input.path}`)));
        outgoing.on("error", (error: NodeJS.ErrnoException) => {
          // A server refusing an oversized body may close before reading all of it.
          if (error.code === "EPIPE" || error.code === "ECONNRESET")
            resolve({ status: 0, headers: {}, body: `connection closed: ${error.code}` });
          else reject(error);
        });
        outgoing.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** A multipart/form-data body by hand, so a test can also send a broken one. */
export function multipart(
  fields: [string, string][],
  boundary = `----fuzz${Math.random().toString(16).slice(2)}`,
): { body: Buffer; contentType: string } {
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
