import { esiaOperation } from "../metrics/metrics";
import { inClientSpan } from "./tracing";

// ESIA's back-channel calls (token, person data, keys) as client spans named by operation, so a
// slow login shows which call was slow. The URL is not an attribute: the person endpoint's path
// holds the person's oid. Next.js's own fetch span, nested inside, is scrubbed at export.

export function tracedEsiaFetch(inner: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url);
    const operation = esiaOperation(url.toString());
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const attributes = {
      "esia.operation": operation,
      "http.request.method": method.toUpperCase(),
      "server.address": url.hostname,
      "server.port": Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    };
    return inClientSpan(`ESIA ${operation}`, attributes, async (span) => {
      const response = await inner(input, init);
      span.setAttribute("http.response.status_code", response.status);
      return response;
    });
  };
}
