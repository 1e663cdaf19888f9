import { describe, expect, it } from "vitest";
import { decideLink, type LinkDecision, type LinkSituation } from "./linking";

const OID = "1000300002";

// Every row of the table: who is signed in × whom the ESIA account belongs to × the cabinet's own link.
const ROWS: [string, Omit<LinkSituation, "oid">, LinkDecision][] = [
  [
    "nobody signed in, ESIA account linked to cabinet 7 → sign in as 7",
    { signedInUserId: null, oidLinkedToUserId: 7, signedInUserLinkedOid: null },
    { kind: "sign_in", userId: 7 },
  ],
  [
    "nobody signed in, ESIA account unknown → offer log in and link / register",
    { signedInUserId: null, oidLinkedToUserId: null, signedInUserLinkedOid: null },
    { kind: "offer_choice" },
  ],
  [
    "cabinet 7 signed in, ESIA account unknown, cabinet unlinked → link",
    { signedInUserId: 7, oidLinkedToUserId: null, signedInUserLinkedOid: null },
    { kind: "link", userId: 7 },
  ],
  [
    "cabinet 7 signed in, ESIA account already linked to 7 → nothing new",
    { signedInUserId: 7, oidLinkedToUserId: 7, signedInUserLinkedOid: OID },
    { kind: "already_linked", userId: 7 },
  ],
  [
    "cabinet 7 signed in, ESIA account linked to cabinet 9 → refuse",
    { signedInUserId: 7, oidLinkedToUserId: 9, signedInUserLinkedOid: null },
    { kind: "refuse_oid_taken" },
  ],
  [
    "cabinet 7 signed in and linked elsewhere, ESIA account linked to 9 → refuse",
    { signedInUserId: 7, oidLinkedToUserId: 9, signedInUserLinkedOid: "1000300003" },
    { kind: "refuse_oid_taken" },
  ],
  [
    "cabinet 7 signed in but linked to another ESIA account → refuse",
    { signedInUserId: 7, oidLinkedToUserId: null, signedInUserLinkedOid: "1000300003" },
    { kind: "refuse_cabinet_taken" },
  ],
];

describe("decideLink", () => {
  it.each(ROWS)("%s", (_title, situation, expected) => {
    expect(decideLink({ ...situation, oid: OID })).toEqual(expected);
  });

  it("never links or signs in a cabinet other than the one signed in or the one linked", () => {
    for (const signedInUserId of [null, 1, 2]) {
      for (const oidLinkedToUserId of [null, 1, 2]) {
        for (const signedInUserLinkedOid of [null, OID, "other"]) {
          const decision = decideLink({ signedInUserId, oidLinkedToUserId, signedInUserLinkedOid, oid: OID });
          if ("userId" in decision) expect([signedInUserId, oidLinkedToUserId]).toContain(decision.userId);
        }
      }
    }
  });
});
