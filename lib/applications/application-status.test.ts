import { describe, expect, it } from "vitest";
import {
  ACTORS,
  APPLICATION_STATUSES,
  applyTransition,
  availableActions,
  decisionDeadline,
  decisionDeadlineFromRegistration,
  documentsDeadline,
  extendForPause,
  isFinalStatus,
  registrationDeadline,
  STATUS_ACTIONS,
  STATUS_INFO,
  transition,
  TRANSITIONS,
  type Actor,
  type ApplicationStatus,
  type StatusAction,
} from "./application-status";
import { RUSSIAN_WORKING_CALENDAR } from "../benefits/reference-data";
import { SERVICE_IDS } from "../benefits/services";

// §6.2, written out independently of TRANSITIONS: "from action → to: who".
const STAFF = ["caseworker", "supervisor"];
const EXPECTED: Record<string, { to: ApplicationStatus; actors: string[]; fourEyes?: string[] }> = {
  "draft submit": { to: "submitted", actors: ["applicant"] },
  // A paper application (issue 12): entered by staff on the applicant's behalf.
  "draft receivePaper": { to: "submitted", actors: STAFF },
  "submitted register": { to: "registered", actors: ["system", ...STAFF] },
  "registered return": { to: "returned", actors: STAFF },
  "registered takeIntoReview": { to: "in_review", actors: STAFF },
  "in_review requestDocuments": { to: "docs_requested", actors: STAFF },
  "docs_requested provideDocuments": { to: "docs_provided", actors: ["applicant"] },
  "docs_provided resumeReview": { to: "in_review", actors: STAFF },
  "in_review approve": { to: "approved", actors: STAFF, fourEyes: ["supervisor"] },
  "in_review reject": { to: "rejected", actors: STAFF, fourEyes: ["supervisor"] },
  "docs_requested reject": { to: "rejected", actors: ["system", ...STAFF], fourEyes: ["system", "supervisor"] },
  "approved assign": { to: "assigned", actors: ["system"] },
  "draft withdraw": { to: "withdrawn", actors: ["applicant"] },
  "submitted withdraw": { to: "withdrawn", actors: ["applicant"] },
  "registered withdraw": { to: "withdrawn", actors: ["applicant"] },
  "in_review withdraw": { to: "withdrawn", actors: ["applicant"] },
  "docs_requested withdraw": { to: "withdrawn", actors: ["applicant"] },
  "docs_provided withdraw": { to: "withdrawn", actors: ["applicant"] },
};
const FINAL: ApplicationStatus[] = ["returned", "assigned", "rejected", "withdrawn"];

describe("status lifecycle", () => {
  it("has the statuses of §6.2, four of them final", () => {
    expect(APPLICATION_STATUSES).toHaveLength(11);
    expect(APPLICATION_STATUSES.filter(isFinalStatus)).toEqual(FINAL);
    for (const status of APPLICATION_STATUSES) expect(STATUS_INFO[status].label).toMatch(/^[А-ЯЁ]/);
  });

  it("defines each (status, action) pair at most once, and no way out of a final status", () => {
    const pairs = TRANSITIONS.flatMap((rule) => rule.from.map((from) => `${from} ${rule.action}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(pairs)).toEqual(new Set(Object.keys(EXPECTED)));
    for (const rule of TRANSITIONS) for (const from of rule.from) expect(isFinalStatus(from)).toBe(false);
  });

  for (const fourEyes of [false, true]) {
    it(`allows exactly the documented moves, for every status × action × actor (four-eyes ${fourEyes ? "on" : "off"})`, () => {
      let allowed = 0;
      for (const status of APPLICATION_STATUSES) {
        for (const action of STATUS_ACTIONS) {
          for (const actor of ACTORS) {
            const result = transition(status, action, actor, { fourEyes });
            const expected = EXPECTED[`${status} ${action}`];
            const actors = expected && (fourEyes && expected.fourEyes ? expected.fourEyes : expected.actors);
            if (expected && actors!.includes(actor)) {
              expect(result).toMatchObject({ ok: true, status: expected.to });
              allowed += 1;
            } else {
              const reason = FINAL.includes(status)
                ? "finalStatus"
                : expected
                  ? "actorNotAllowed"
                  : "actionNotAvailable";
              expect(result, `${status} ${action} ${actor}`).toEqual({ ok: false, reason });
            }
          }
        }
      }
      expect(allowed).toBe(fourEyes ? 26 : 29);
    });
  }

  it("shows each actor the actions open to them", () => {
    expect(availableActions("draft", "applicant")).toEqual(["submit", "withdraw"]);
    expect(availableActions("in_review", "caseworker")).toEqual(["requestDocuments", "approve", "reject"]);
    expect(availableActions("in_review", "caseworker", { fourEyes: true })).toEqual(["requestDocuments"]);
    expect(availableActions("docs_requested", "system")).toEqual(["reject"]);
    expect(availableActions("assigned", "supervisor")).toEqual([]);
  });

  it("walks the happy path to an assigned payment", () => {
    const steps: [StatusAction, Actor][] = [
      ["submit", "applicant"],
      ["register", "system"],
      ["takeIntoReview", "caseworker"],
      ["requestDocuments", "caseworker"],
      ["provideDocuments", "applicant"],
      ["resumeReview", "caseworker"],
      ["approve", "supervisor"],
      ["assign", "system"],
    ];
    let status: ApplicationStatus = "draft";
    for (const [action, actor] of steps) {
      const result = transition(status, action, actor);
      if (!result.ok) throw new Error(`${status} ${action} ${actor}: ${result.reason}`);
      status = result.status;
    }
    expect(status).toBe("assigned");
  });
});

describe("status events", () => {
  const at = "2026-03-10T09:15:00+03:00";

  it("record who, when, from → to, reason and comment", () => {
    expect(
      applyTransition("in_review", {
        action: "reject",
        actor: "caseworker",
        actorId: "cw-7",
        at,
        reasonCode: "incomeAboveThreshold",
        comment: " доход выше ПМ ",
      }),
    ).toEqual({
      ok: true,
      status: "rejected",
      event: {
        from: "in_review",
        to: "rejected",
        action: "reject",
        actor: "caseworker",
        actorId: "cw-7",
        at,
        reasonCode: "incomeAboveThreshold",
        comment: "доход выше ПМ",
      },
    });
    expect(applyTransition("draft", { action: "submit", actor: "applicant", actorId: "u-1", at })).toMatchObject({
      ok: true,
      event: { reasonCode: null, comment: null },
    });
  });

  it("require a return reason to return and a refusal reason to refuse, and nothing else", () => {
    expect(applyTransition("registered", { action: "return", actor: "caseworker", actorId: "cw", at })).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    expect(
      applyTransition("registered", {
        action: "return",
        actor: "caseworker",
        actorId: "cw",
        at,
        reasonCode: "falseData",
      }),
    ).toEqual({ ok: false, reason: "reasonNotApplicable" });
    expect(
      applyTransition("registered", {
        action: "return",
        actor: "caseworker",
        actorId: "cw",
        at,
        reasonCode: "mustApplyInPerson",
      }),
    ).toMatchObject({ ok: true, status: "returned" });
    expect(
      applyTransition("in_review", {
        action: "reject",
        actor: "caseworker",
        actorId: "cw",
        at,
        reasonCode: "wrongTerritorialBody",
      }),
    ).toEqual({ ok: false, reason: "reasonNotApplicable" });
    expect(
      applyTransition("docs_requested", {
        action: "reject",
        actor: "system",
        actorId: null,
        at,
        reasonCode: "documentsNotProvided",
      }),
    ).toMatchObject({ ok: true });
    expect(
      applyTransition("draft", { action: "submit", actor: "applicant", actorId: "u", at, reasonCode: "falseData" }),
    ).toEqual({ ok: false, reason: "reasonNotApplicable" });
  });

  it("pass on the state machine's refusal and reject a bad timestamp", () => {
    expect(applyTransition("rejected", { action: "approve", actor: "supervisor", actorId: "s", at })).toEqual({
      ok: false,
      reason: "finalStatus",
    });
    expect(applyTransition("draft", { action: "submit", actor: "applicant", actorId: "u", at: "вчера" })).toEqual({
      ok: false,
      reason: "badTimestamp",
    });
  });
});

describe("deadlines in working days", () => {
  it("registers by the next working day and decides 10 working days later", () => {
    // Monday 2 March → registered Tuesday 3 March → 10 working days, over the 9 March day off.
    expect(registrationDeadline("2026-03-02", "kindergarten-basic")).toEqual({
      date: "2026-03-03",
      provisional: false,
    });
    expect(decisionDeadline("2026-03-02", "kindergarten-basic")).toEqual({ date: "2026-03-18", provisional: false });
  });

  it("crosses weekends, federal holidays and Tatarstan's holidays", () => {
    // Thursday 5 March: registered Friday 6; then 10–13, 16–19, (20 Ураза-байрам), 23, 24.
    expect(decisionDeadline("2026-03-05", "kindergarten-additional").date).toBe("2026-03-24");
    expect(decisionDeadline("2026-03-05", "kindergarten-additional", RUSSIAN_WORKING_CALENDAR).date).toBe("2026-03-23");
    // Sent on Saturday 7 March: registered Tuesday 10 (Monday 9 is off).
    expect(registrationDeadline("2026-03-07", "child-allowance").date).toBe("2026-03-10");
    expect(decisionDeadline("2026-03-07", "child-allowance").date).toBe("2026-03-25");
    // Over the May holidays and Курбан-байрам (27 May).
    expect(decisionDeadline("2026-04-30", "kindergarten-basic").date).toBe("2026-05-19");
    expect(decisionDeadline("2026-05-22", "kindergarten-basic").date).toBe("2026-06-09");
    // Over 4 and 6 November.
    expect(decisionDeadline("2026-11-02", "kindergarten-basic").date).toBe("2026-11-19");
    // Sent on New Year's Day: nothing moves until Monday 12 January.
    expect(decisionDeadline("2026-01-01", "kindergarten-basic").date).toBe("2026-01-26");
  });

  it("reads a timestamp in Moscow time", () => {
    // 23:30 UTC on Thursday 5 March is 02:30 on Friday 6 March in Moscow.
    expect(registrationDeadline("2026-03-05T23:30:00Z", "kindergarten-basic").date).toBe("2026-03-10");
    expect(registrationDeadline("2026-03-05T20:30:00Z", "kindergarten-basic").date).toBe("2026-03-06");
  });

  it("marks a deadline provisional when it runs into a year whose calendar is not loaded", () => {
    expect(decisionDeadline("2026-12-15", "kindergarten-basic")).toEqual({ date: "2026-12-30", provisional: false });
    // Statutory fallback for 2027: 1–8 January off, so the term ends on Monday 11 January.
    expect(decisionDeadline("2026-12-16", "kindergarten-basic")).toEqual({ date: "2027-01-11", provisional: true });
  });

  it("gives 5 working days for documents and moves the decision by the paused days", () => {
    expect(documentsDeadline("2026-03-17", "kindergarten-basic")).toEqual({ date: "2026-03-25", provisional: false }); // over 20 March
    const due = decisionDeadlineFromRegistration("2026-03-03", "kindergarten-basic");
    expect(due.date).toBe("2026-03-18");
    // Paused on 10 March, documents came on 13 March: 3 working days (11, 12, 13).
    expect(extendForPause(due, "2026-03-10", "2026-03-13")).toEqual({ date: "2026-03-24", provisional: false });
  });

  it("is defined for every service", () => {
    for (const id of SERVICE_IDS) expect(decisionDeadline("2026-06-10", id).date).toBe("2026-06-26");
  });
});
