import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES } from "../applications/application-status";
import {
  applicationAccess,
  CAPABILITIES,
  hasCapability,
  statusActor,
  type Capability,
  type StaffPrincipal,
} from "./access";

const KAZAN = 1;
const CHELNY = 2;
const caseworker: StaffPrincipal = { id: 1, role: "caseworker", territoryId: KAZAN };
const supervisor: StaffPrincipal = { id: 2, role: "supervisor", territoryId: KAZAN };
const administrator: StaffPrincipal = { id: 3, role: "administrator", territoryId: null };
const ministry: StaffPrincipal = { id: 4, role: "ministry", territoryId: null };

describe("what each staff role may do", () => {
  // Written out, not derived: the roles as a table.
  const expected: Record<string, readonly Capability[]> = {
    caseworker: ["queue", "viewApplication", "decide", "registerPaper"],
    supervisor: [
      "queue",
      "viewApplication",
      "decide",
      "reassign",
      "export",
      "statistics",
      "auditLog",
      "dashboard",
      "leaflets",
      "registerPaper",
    ],
    administrator: [],
    // Aggregates and leaflets only: never an application, its contents or the queue.
    ministry: ["dashboard", "setTarget", "leaflets"],
  };

  it.each([caseworker, supervisor, administrator, ministry])("$role", (principal) => {
    expect(CAPABILITIES.filter((capability) => hasCapability(principal, capability))).toEqual(expected[principal.role]);
  });

  it("a caseworker or supervisor account without a territory may do nothing", () => {
    for (const role of ["caseworker", "supervisor"] as const) {
      expect(CAPABILITIES.some((capability) => hasCapability({ id: 9, role, territoryId: null }, capability))).toBe(
        false,
      );
    }
  });

  it("the administrator is no actor of the state machine; the others are themselves", () => {
    expect(statusActor(administrator)).toBeNull();
    expect(statusActor(ministry)).toBeNull();
    expect(statusActor(caseworker)).toBe("caseworker");
    expect(statusActor(supervisor)).toBe("supervisor");
  });
});

describe("access to one application", () => {
  it("only the own territory, never a draft, never for the administrator or the ministry", () => {
    for (const status of APPLICATION_STATUSES) {
      const own = applicationAccess(caseworker, "viewApplication", { territoryId: KAZAN, status });
      expect(own).toEqual(status === "draft" ? { ok: false, reason: "draft" } : { ok: true });
      expect(applicationAccess(caseworker, "viewApplication", { territoryId: CHELNY, status })).toEqual({
        ok: false,
        reason: status === "draft" ? "draft" : "otherTerritory",
      });
      expect(applicationAccess(administrator, "viewApplication", { territoryId: KAZAN, status })).toEqual({
        ok: false,
        reason: "role",
      });
      expect(applicationAccess(ministry, "viewApplication", { territoryId: KAZAN, status })).toEqual({
        ok: false,
        reason: "role",
      });
    }
  });

  it("an application without a territory is nobody's, and a missing one is not found", () => {
    expect(applicationAccess(supervisor, "decide", { territoryId: null, status: "submitted" })).toEqual({
      ok: false,
      reason: "otherTerritory",
    });
    expect(applicationAccess(supervisor, "decide", null)).toEqual({ ok: false, reason: "notFound" });
  });

  it("reassigning is a supervisor's: a caseworker is refused on the own territory's application", () => {
    expect(applicationAccess(caseworker, "reassign", { territoryId: KAZAN, status: "in_review" })).toEqual({
      ok: false,
      reason: "role",
    });
    expect(applicationAccess(supervisor, "reassign", { territoryId: KAZAN, status: "in_review" })).toEqual({
      ok: true,
    });
    expect(applicationAccess(supervisor, "reassign", { territoryId: CHELNY, status: "in_review" })).toEqual({
      ok: false,
      reason: "otherTerritory",
    });
  });
});
