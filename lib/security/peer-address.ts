import { Server as HttpServer, type IncomingMessage } from "node:http";
import { Server as HttpsServer } from "node:https";
import { PEER_HEADER } from "./client-address";

// Next's request handlers never see the socket, and `next start` passes a client's own
// X-Forwarded-For through unchanged. So the server process stamps each incoming request with its
// socket's peer address, replacing any header of that name the client sent, before Next reads
// it. Installed once at start-up (instrumentation.ts); requests that arrive before that (the first
// health checks) carry no peer, and count as the address «unknown».

let installed = false;

function stamp(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (peer) request.headers[PEER_HEADER] = peer;
  else delete request.headers[PEER_HEADER];
}

export function recordSocketPeers(): void {
  if (installed) return;
  installed = true;
  for (const prototype of [HttpServer.prototype, HttpsServer.prototype]) {
    const emit = prototype.emit;
    prototype.emit = function (this: HttpServer, event: string | symbol, ...args: unknown[]) {
      if (event === "request" && args[0]) stamp(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}
