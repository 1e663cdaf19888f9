import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { logProcessErrors, logRequestError, routeConsoleToLog } from "./error-logging";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger(destination, "info"), lines };
}

// What a failing Prisma query looks like: the query, with its values, in a multi-line message.
function prismaLikeError(): Error {
  const error = new Error(
    '\nInvalid `prisma.user.findFirst()` invocation:\n\n{\n  where: {\n    snils: "112-233-445 95",\n    passportNumber: "9205 123456",\n    lastName: "Хасанова"\n  }\n}\n\nUnknown argument',
  );
  error.name = "PrismaClientValidationError";
  return error;
}

describe("errors go to the log through the redaction, one JSON line each", () => {
  it("an unhandled request error: no SNILS, no passport number, the request id, one line", () => {
    const { log, lines } = capture();
    const error = prismaLikeError();
    error.stack = `${error.name}: ${error.message}\n    at findFirst (node_modules/@prisma/client/runtime.js:1:1)`;
    logRequestError(
      log,
      error,
      {
        path: "/login?snils=11223344595",
        method: "POST",
        headers: { "x-request-id": "req-42", cookie: "portal.session-token=secret" },
      },
      { routerKind: "App Router", routePath: "/login", routeType: "action", revalidateReason: undefined },
    );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "error",
      requestId: "req-42",
      method: "POST",
      route: "/login",
      routeType: "action",
    });
    expect(entry.err.name).toBe("PrismaClientValidationError");
    const text = lines[0]!;
    for (const secret of ["112-233-445 95", "11223344595", "9205 123456", "Хасанова", "secret"])
      expect(text).not.toContain(secret);
  });

  it("console.error of the framework becomes one redacted JSON line, and never raw stderr text", () => {
    const { log, lines } = capture();
    const target = { error: (..._args: unknown[]) => undefined, warn: (..._args: unknown[]) => undefined };
    routeConsoleToLog(log, target);
    target.error("⨯ Error: failed for СНИЛС 112-233-445 95", prismaLikeError());
    target.warn("паспорт 92 05 123456");
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toMatch(/112-233-445 95|9205 123456|92 05 123456/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "error", source: "console" });
  });

  it("uncaught exceptions and unhandled rejections are logged as JSON lines", () => {
    const { log, lines } = capture();
    const fakeProcess = new EventEmitter();
    logProcessErrors(log, fakeProcess);
    fakeProcess.emit("unhandledRejection", new Error("СНИЛС 112-233-445 95"));
    fakeProcess.emit("uncaughtException", prismaLikeError());
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("112-233-445 95");
    expect(lines.map((line) => JSON.parse(line).message)).toEqual([
      "unhandled promise rejection",
      "uncaught exception",
    ]);
  });
});
