import { describe, expect, it } from "vitest";
import { routeMatcher, routeOfAppPath } from "./route-pattern";

const APP_PATHS = [
  "/(portal)/page",
  "/(portal)/cabinet/page",
  "/(portal)/cabinet/settings/page",
  "/(portal)/cabinet/applications/[id]/page",
  "/(portal)/cabinet/applications/[id]/step/[step]/page",
  "/(portal)/cabinet/applications/[id]/receipt/route",
  "/(portal)/services/[id]/page",
  "/api/health/route",
  "/api/auth/[...nextauth]/route",
  "/(portal)/[...unknown]/page",
  "/_not-found/page",
  "/(portal)/layout",
];

describe("metrics label requests by route pattern, never by raw URL", () => {
  const match = routeMatcher(APP_PATHS);

  it("turns the build's app paths into routes", () => {
    expect(routeOfAppPath("/(portal)/cabinet/applications/[id]/page")).toBe("/cabinet/applications/[id]");
    expect(routeOfAppPath("/api/health/route")).toBe("/api/health");
    expect(routeOfAppPath("/(portal)/page")).toBe("/");
    expect(routeOfAppPath("/(portal)/layout")).toBeNull();
    expect(routeOfAppPath("/_not-found/page")).toBeNull();
  });

  it.each([
    ["/", "/"],
    ["/cabinet", "/cabinet"],
    ["/cabinet/settings", "/cabinet/settings"],
    ["/cabinet/applications/12345", "/cabinet/applications/[id]"],
    ["/cabinet/applications/77/step/applicant", "/cabinet/applications/[id]/step/[step]"],
    ["/cabinet/applications/77/receipt", "/cabinet/applications/[id]/receipt"],
    ["/api/auth/session", "/api/auth/[...nextauth]"],
    ["/services/child-allowance", "/services/[id]"],
    ["/no/such/page/4111111111111111", "/[...unknown]"],
    ["/_next/static/chunks/x.js", "/_next/*"],
  ])("%s → %s", (pathname, pattern) => {
    expect(match(pathname)).toBe(pattern);
  });

  it("answers «(other)» for what no route takes, never the path itself", () => {
    expect(routeMatcher(["/(portal)/page"])("/cabinet/applications/9")).toBe("(other)");
  });
});
