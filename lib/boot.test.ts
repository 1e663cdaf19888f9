import { describe, expect, it } from "vitest";
import { startupFailure } from "./boot";

describe("the log line of a failed start", () => {
  it("calls an unreachable database an outage", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(startupFailure(refused)).toBe("database unavailable at start-up");
    expect(startupFailure(new Error("wrapped", { cause: refused }))).toBe("database unavailable at start-up");
  });

  it("does not call a missing file or a failed migration an outage", () => {
    const missing = Object.assign(
      new Error("ENOENT: no such file or directory, open '.data/esia/client-certificate.pem'"),
      {
        code: "ENOENT",
      },
    );
    expect(startupFailure(missing)).toMatch(/^start-up failed: the database answered/);
    expect(startupFailure(new Error('relation "application" does not exist'))).toMatch(/^start-up failed/);
  });
});
