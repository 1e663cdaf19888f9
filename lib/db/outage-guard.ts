import { Server as HttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { databaseMarkedDown } from "./outage";
import { outageAnswer } from "./outage-page";

// The proxy gives the 503 page to requests that arrive while the database is known to be down;
// the request that first meets the outage is already past the proxy and fails in rendering, and
// Next answers it with its own 500 error page. The server process therefore watches every
// response: one about to go out as a 5xx while the database is marked down (the failed query
// marked it, before the error reached Next) goes out as the 503 page instead. A response whose
// head was already sent (a streamed page failing late) cannot be changed and is left alone.

const EXEMPT = new Set(["/api/health", "/api/metrics"]);

type Write = ServerResponse["write"];
type End = ServerResponse["end"];
type WriteHead = ServerResponse["writeHead"];

/** Puts the outage answer in place of `response`'s own when that is a 5xx during an outage. */
export function guardResponse(
  request: IncomingMessage,
  response: ServerResponse,
  markedDown: () => boolean = databaseMarkedDown,
): void {
  const pathname = (request.url ?? "/").split("?")[0]!;
  if (EXEMPT.has(pathname)) return;
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let decided: "own" | "outage" | null = null;
  const decide = (status: number) => {
    if (decided) return decided;
    decided = status >= 500 && !response.headersSent && markedDown() ? "outage" : "own";
    // The wrappers stay in place either way: Next's compression wraps these methods again after
    // this, keeping ours as its own "original" writes, so putting the prototype's back would let
    // its later writes bypass it.
    if (decided === "outage") {
      const header = request.headers["x-request-id"];
      const requestId =
        typeof response.getHeader("x-request-id") === "string"
          ? (response.getHeader("x-request-id") as string)
          : typeof header === "string"
            ? header
            : "";
      const answer = outageAnswer(pathname, requestId, Boolean(request.headers["next-action"]));
      const instance = response.getHeader("x-portal-instance");
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      if (instance !== undefined) response.setHeader("x-portal-instance", instance);
      const body = Buffer.from(answer.body);
      Reflect.apply(original.writeHead, response, [
        answer.status,
        { ...answer.headers, "Content-Length": String(body.length) },
      ]);
      Reflect.apply(original.end, response, request.method === "HEAD" ? [] : [body]);
    }
    return decided;
  };
  // Next's own writes after the substitution go nowhere; their callbacks still run.
  const swallow = (args: unknown[]) => {
    const callback = args.find((value) => typeof value === "function") as (() => void) | undefined;
    if (callback) queueMicrotask(callback);
  };
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (decide(status) === "own") return Reflect.apply(original.writeHead, this, [status, ...rest]) as ServerResponse;
    return this;
  } as WriteHead;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (decide(this.statusCode) === "own") return Reflect.apply(original.write, this, args) as boolean;
    swallow(args);
    return true;
  } as Write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (decide(this.statusCode) === "own") return Reflect.apply(original.end, this, args) as ServerResponse;
    swallow(args);
    return this;
  } as End;
}

let installed = false;

/** Once at start-up (instrumentation.ts), before the first request is served. */
export function answerOutagesWith503(): void {
  if (installed) return;
  installed = true;
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: HttpServer, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[0] && args[1]) guardResponse(args[0] as IncomingMessage, args[1] as ServerResponse);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
