import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnAddress } from "./return-address";

const APP_URL = "https://portal.example.ru";
const citizen = (value: unknown) => safeReturnAddress(value, { appUrl: APP_URL, fallback: "/cabinet" });
const staff = (value: unknown) => safeReturnAddress(value, { appUrl: APP_URL, fallback: "/staff", under: "/staff" });

// What a browser does with a Location header: it drops tabs and newlines and reads "\" as "/"
// (WHATWG URL), then resolves against the current page. The result must stay on the portal.
function browserTarget(location: string): URL {
  return new URL(location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), `${APP_URL}/login`);
}

// Pieces of the addresses attackers try: control characters, backslashes, scheme-relative and
// absolute forms, encoded slashes, dot segments, user-info, lone surrogates.
const hostilePiece = fc.constantFrom(
  "/",
  "//",
  "\\",
  "/\\",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u2028",
  " ",
  "%09",
  "%0a",
  "%2f",
  "%2F",
  "%5c",
  "evil.example",
  "@evil.example",
  "http:",
  "https:",
  "javascript:",
  "data:",
  ":",
  ".",
  "..",
  "/..",
  "/./",
  "?",
  "#",
  "\ud800",
  "\udfff",
  "cabinet",
  "staff",
  "/staff",
  "/cabinet",
  "%00",
  "\u3000",
  "\ufeff",
);
const hostile = fc.oneof(
  fc.array(hostilePiece, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string(),
  fc.string({ unit: "binary" }),
);
const cleanSegment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const cleanPath = fc
  .tuple(
    fc.array(cleanSegment, { minLength: 1, maxLength: 4 }),
    fc.option(fc.stringMatching(/^[a-z]{1,6}=[a-z0-9]{0,6}$/), { nil: undefined }),
  )
  .map(([segments, query]) => `/${segments.join("/")}${query ? `?${query}` : ""}`);

describe("return address after login", () => {
  it("refuses the tab trick of the security review and its relatives", () => {
    for (const trick of [
      "/\t/evil.example/phish",
      "/%09/evil.example",
      "/\n/evil.example",
      "/\\evil.example",
      "//evil.example",
      "/.//evil.example",
      "/./\t/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /cabinet",
    ]) {
      expect(citizen(decodeURIComponent(encodeURIComponent(trick))), trick).toBe("/cabinet");
    }
    expect(citizen(decodeURIComponent("%2F%09%2Fevil.example%2Fphish"))).toBe("/cabinet");
  });

  it("keeps ordinary paths of the portal as they are", () => {
    expect(citizen("/services/3?tab=1")).toBe("/services/3?tab=1");
    expect(citizen("/cabinet/applications/12/step/2")).toBe("/cabinet/applications/12/step/2");
    fc.assert(fc.property(cleanPath, (path) => citizen(path) === path));
  });

  it("accepts an absolute address only on the portal's own origin, as a path", () => {
    expect(citizen(`${APP_URL}/cabinet/settings`)).toBe("/cabinet/settings");
    expect(citizen("https://portal.example.ru.evil.example/cabinet")).toBe("/cabinet");
    expect(citizen("http://portal.example.ru/cabinet")).toBe("/cabinet");
  });

  it("never sends a browser off the portal, whatever the string (property)", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const result = citizen(value);
        return (
          result.startsWith("/") &&
          !result.startsWith("//") &&
          !/[\u0000-\u0020\u007f-\u009f\\]/.test(result) &&
          browserTarget(result).origin === APP_URL
        );
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);

  it("keeps staff addresses under /staff, after resolving dot segments", () => {
    expect(staff("/staff/applications/5")).toBe("/staff/applications/5");
    expect(staff("/staff")).toBe("/staff");
    expect(staff("/staff/../cabinet")).toBe("/staff");
    expect(staff("/staff/%2e%2e/cabinet")).toBe("/staff");
    expect(staff("/staffroom")).toBe("/staff");
    expect(staff("/staff/\t/evil.example")).toBe("/staff");
    fc.assert(
      fc.property(hostile, (value) => {
        const target = browserTarget(staff(value));
        return target.origin === APP_URL && (target.pathname === "/staff" || target.pathname.startsWith("/staff/"));
      }),
      { numRuns: 3_000 },
    );
  }, 30_000);

  it("answers the fallback for what is not a string", () => {
    for (const value of [undefined, null, 42, {}, ["/cabinet"]]) expect(citizen(value)).toBe("/cabinet");
  });
});
