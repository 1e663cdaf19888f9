// What the ESIA callback does, as a decision table (STYLE 7). Never links by matching e-mail or
// phone: an unknown ESIA account is offered «войти и привязать» or «зарегистрироваться».

export interface LinkSituation {
  /** The portal user signed in when the callback arrived, if any. */
  signedInUserId: number | null;
  /** The cabinet this ESIA account (oid) is already linked to, if any. */
  oidLinkedToUserId: number | null;
  /** The oid the signed-in cabinet is already linked to, if any. */
  signedInUserLinkedOid: string | null;
  oid: string;
}

export type LinkDecision =
  | { kind: "sign_in"; userId: number }
  | { kind: "offer_choice" }
  | { kind: "link"; userId: number }
  | { kind: "already_linked"; userId: number }
  | { kind: "refuse_oid_taken" }
  | { kind: "refuse_cabinet_taken" };

export function decideLink(situation: LinkSituation): LinkDecision {
  const { signedInUserId, oidLinkedToUserId, signedInUserLinkedOid, oid } = situation;
  if (signedInUserId === null) {
    return oidLinkedToUserId === null ? { kind: "offer_choice" } : { kind: "sign_in", userId: oidLinkedToUserId };
  }
  if (oidLinkedToUserId === signedInUserId) return { kind: "already_linked", userId: signedInUserId };
  if (oidLinkedToUserId !== null) return { kind: "refuse_oid_taken" };
  if (signedInUserLinkedOid !== null && signedInUserLinkedOid !== oid) return { kind: "refuse_cabinet_taken" };
  return { kind: "link", userId: signedInUserId };
}
