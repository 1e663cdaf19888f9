import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { observeRequest } from "./metrics";
import { routeMatcher } from "./route-pattern";

// Every request the server answers, counted and timed by route pattern (lib/lifecycle's tracker
// calls this when the response is done). The patterns are the build's routes.

/** The build's app routes (app-paths-manifest.json); empty outside a build. Also used by the tracing. */
export function buildRoutes(): string[] {
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "app-paths-manifest.json");
    return Object.keys(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<string, string>);
  } catch {
    return [];
  }
}

export function requestObserver(appPaths: string[] = buildRoutes()) {
  const match = routeMatcher(appPaths);
  return (request: IncomingMessage, response: ServerResponse, seconds: number) => {
    const pathname = (request.url ?? "/").split("?")[0]!;
    const method = ["GET", "HEAD", "POST"].includes(request.method ?? "") ? request.method! : "other";
    observeRequest(method, match(pathname), response.statusCode, seconds);
  };
}
