import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import protobuf from "protobufjs";

// A small OTLP/HTTP trace receiver for the tests and the bench: what a collector would get,
// decoded from protobuf (the exporter's encoding). Not used by the portal itself.

// The part of opentelemetry/proto/{collector/trace,trace,common,resource}/v1 a test reads; fields
// not listed here are skipped by the decoder. Field numbers as in the OTLP specification.
const OTLP_TRACES_PROTO = `
syntax = "proto3";
package otlp;
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message Resource { repeated KeyValue attributes = 1; }
message ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
message InstrumentationScope { string name = 1; string version = 2; }
message Span {
  bytes trace_id = 1;
  bytes span_id = 2;
  bytes parent_span_id = 4;
  string name = 5;
  int32 kind = 6;
  repeated KeyValue attributes = 9;
  repeated Event events = 11;
  repeated Link links = 13;
  Status status = 15;
}
message Event { string name = 2; repeated KeyValue attributes = 3; }
message Link { bytes trace_id = 1; bytes span_id = 2; repeated KeyValue attributes = 4; }
message Status { string message = 2; int32 code = 3; }
message KeyValue { string key = 1; AnyValue value = 2; }
message AnyValue {
  oneof value {
    string string_value = 1;
    bool bool_value = 2;
    int64 int_value = 3;
    double double_value = 4;
    ArrayValue array_value = 5;
    KeyValueList kvlist_value = 6;
    bytes bytes_value = 7;
  }
}
message ArrayValue { repeated AnyValue values = 1; }
message KeyValueList { repeated KeyValue values = 1; }
`;

const ExportTraceServiceRequest = protobuf.parse(OTLP_TRACES_PROTO).root.lookupType("otlp.ExportTraceServiceRequest");

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  scope: string;
  resource: Record<string, Value>;
  attributes: Record<string, Value>;
  events: { name: string; attributes: Record<string, Value> }[];
  links: { attributes: Record<string, Value> }[];
  status: { code: number; message: string };
}

export interface OtlpReceiver {
  /** Base URL for OTEL_EXPORTER_OTLP_ENDPOINT (the exporter posts to /v1/traces). */
  url: string;
  spans(): ReceivedSpan[];
  /** Export requests received, and their bytes (as sent, before decompression). */
  requests(): number;
  bytes(): number;
  close(): Promise<void>;
}

interface DecodedKeyValue {
  key: string;
  value?: DecodedAnyValue;
}
interface DecodedAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  doubleValue?: number;
  arrayValue?: { values?: DecodedAnyValue[] };
  kvlistValue?: { values?: DecodedKeyValue[] };
  bytesValue?: string;
}

function anyValue(value: DecodedAnyValue | undefined): Value {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValue);
  if (value.kvlistValue) return keyValues(value.kvlistValue.values);
  if (value.bytesValue !== undefined) return value.bytesValue;
  return null;
}

function keyValues(list: DecodedKeyValue[] | undefined): Record<string, Value> {
  return Object.fromEntries((list ?? []).map((entry) => [entry.key, anyValue(entry.value)]));
}

/** One OTLP/HTTP protobuf export body, as the spans it carries. */
export function decodeTraceExport(body: Uint8Array): ReceivedSpan[] {
  const decoded = ExportTraceServiceRequest.toObject(ExportTraceServiceRequest.decode(body), {
    longs: String,
    bytes: String,
    defaults: true,
    oneofs: false,
  }) as {
    resourceSpans: {
      resource?: { attributes: DecodedKeyValue[] };
      scopeSpans: {
        scope?: { name: string };
        spans: {
          traceId: string;
          spanId: string;
          parentSpanId: string;
          name: string;
          kind: number;
          attributes: DecodedKeyValue[];
          events: { name: string; attributes: DecodedKeyValue[] }[];
          links: { attributes: DecodedKeyValue[] }[];
          status?: { code: number; message: string };
        }[];
      }[];
    }[];
  };
  // Ids arrive base64-encoded; collectors and the W3C header show them in hex.
  const hex = (base64: string) => Buffer.from(base64, "base64").toString("hex");
  return decoded.resourceSpans.flatMap((resourceSpans) => {
    const resource = keyValues(resourceSpans.resource?.attributes);
    return resourceSpans.scopeSpans.flatMap((scopeSpans) =>
      scopeSpans.spans.map((span) => ({
        traceId: hex(span.traceId),
        spanId: hex(span.spanId),
        parentSpanId: hex(span.parentSpanId),
        name: span.name,
        kind: span.kind,
        scope: scopeSpans.scope?.name ?? "",
        resource,
        attributes: keyValues(span.attributes),
        events: span.events.map((event) => ({ name: event.name, attributes: keyValues(event.attributes) })),
        links: span.links.map((link) => ({ attributes: keyValues(link.attributes) })),
        status: { code: span.status?.code ?? 0, message: span.status?.message ?? "" },
      })),
    );
  });
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Listens on 127.0.0.1 (`port`, or one the system picks). With `decode: false` it only counts
 * (the bench: the receiver's own work stays off the measured process's cores as far as it can).
 */
export async function startOtlpReceiver(options: { port?: number; decode?: boolean } = {}): Promise<OtlpReceiver> {
  const received: ReceivedSpan[] = [];
  let requests = 0;
  let bytes = 0;
  const server = createServer(async (request, response) => {
    try {
      const raw = await readBody(request);
      if (request.method !== "POST" || request.url !== "/v1/traces") {
        response.writeHead(404).end();
        return;
      }
      requests += 1;
      bytes += raw.length;
      if (options.decode !== false) {
        const body = request.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        received.push(...decodeTraceExport(body));
      }
      // An empty ExportTraceServiceResponse: everything accepted.
      response.writeHead(200, { "Content-Type": "application/x-protobuf" }).end();
    } catch {
      response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans: () => [...received],
    requests: () => requests,
    bytes: () => bytes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
