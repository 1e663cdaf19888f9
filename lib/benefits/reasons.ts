// Reason catalogue (§6.3, §2.6): why an application is returned without consideration («возврат»)
// or refused («отказ»). The brief assembled the list from the federal rule and other regions'
// regulations; RT's exact wording was not found, so the Russian texts are ours.

/** Возврат: the application is not accepted for consideration; the applicant may file again. */
export type ReturnReason =
  "incompleteApplication" | "unreadableAttachments" | "mustApplyInPerson" | "wrongTerritorialBody";

/** Отказ: the application was considered and the benefit is not granted. */
export type RefusalReason =
  | "notLegalRepresentative"
  | "childDoesNotAttend"
  | "noFeeCharged"
  | "feeNotPaid"
  | "alreadyAssignedToOtherParent"
  | "incomeAboveThreshold"
  | "childOverAgeLimit"
  | "notResidentInTatarstan"
  | "documentsNotProvided"
  | "falseData"
  | "noAmountDue";

export type ReasonCode = ReturnReason | RefusalReason;

export interface ReasonDescription {
  kind: "return" | "refusal";
  /** Text for the applicant's notice. */
  text: string;
  /** Whether the rules in lib/benefits decide it from the data, or a caseworker establishes it. */
  decidedBy: "rules" | "caseworker";
  /** Where the brief names it; "ours" marks reasons the rules need that the catalogue lacks. */
  basis: string;
}

export const RETURN_REASONS: Record<ReturnReason, ReasonDescription> = {
  incompleteApplication: {
    kind: "return",
    text: "Не заполнены обязательные поля заявления",
    decidedBy: "caseworker",
    basis: "§6.3",
  },
  unreadableAttachments: {
    kind: "return",
    text: "Электронные копии документов не приложены или не читаются",
    decidedBy: "caseworker",
    basis: "§6.3",
  },
  mustApplyInPerson: {
    kind: "return",
    text: "Заявление в этом случае подается только при личном обращении в отделение РЦМП",
    decidedBy: "rules",
    basis: "§6.3, §2.2 [UT20667]",
  },
  wrongTerritorialBody: {
    kind: "return",
    text: "Заявление подано не в тот орган социальной защиты",
    decidedBy: "caseworker",
    basis: "§6.3, §2.6",
  },
};

export const REFUSAL_REASONS: Record<RefusalReason, ReasonDescription> = {
  notLegalRepresentative: {
    kind: "refusal",
    text: "Заявитель не является родителем (законным представителем) ребенка",
    decidedBy: "rules",
    basis: "§6.3, §2.6",
  },
  childDoesNotAttend: {
    kind: "refusal",
    text: "Ребенок не посещает детский сад",
    decidedBy: "rules",
    basis: "§6.3, §2.6",
  },
  noFeeCharged: {
    kind: "refusal",
    text: "Родительская плата за присмотр и уход за ребенком не взимается",
    decidedBy: "rules",
    basis: "§6.3, §2.6 (273-ФЗ ст. 65 ч. 3)",
  },
  feeNotPaid: {
    kind: "refusal",
    text: "Родительская плата заявителем не внесена",
    decidedBy: "rules",
    basis: "ours: compensation goes to the parent who paid (§2.1, 273-ФЗ ст. 65 ч. 5)",
  },
  alreadyAssignedToOtherParent: {
    kind: "refusal",
    text: "Компенсация на этого ребенка уже назначена другому родителю (законному представителю)",
    decidedBy: "rules",
    basis: "§6.3, §2.6",
  },
  incomeAboveThreshold: {
    kind: "refusal",
    text: "Среднедушевой доход семьи превышает установленную величину",
    decidedBy: "rules",
    basis: "§6.3, §2.6",
  },
  childOverAgeLimit: {
    kind: "refusal",
    text: "Ребенок достиг предельного возраста",
    decidedBy: "rules",
    basis: "§6.3",
  },
  notResidentInTatarstan: {
    kind: "refusal",
    text: "Семья (ребенок) не проживает в Республике Татарстан",
    decidedBy: "rules",
    basis: "§6.3, §2.6",
  },
  documentsNotProvided: {
    kind: "refusal",
    text: "Запрошенные документы не представлены в установленный срок",
    decidedBy: "caseworker",
    basis: "§6.3, §2.6, §6.1",
  },
  falseData: {
    kind: "refusal",
    text: "Представлены недостоверные или неполные сведения",
    decidedBy: "caseworker",
    basis: "§6.3, §2.6",
  },
  noAmountDue: {
    kind: "refusal",
    text: "Расчетный размер выплаты равен нулю",
    decidedBy: "rules",
    basis: "ours: §3.2 «if ДК ≤ 0 → no additional compensation»",
  },
};

export function isReturnReason(code: string): code is ReturnReason {
  return Object.hasOwn(RETURN_REASONS, code);
}

export function isRefusalReason(code: string): code is RefusalReason {
  return Object.hasOwn(REFUSAL_REASONS, code);
}

export function reasonText(code: ReasonCode): string {
  return isReturnReason(code) ? RETURN_REASONS[code].text : REFUSAL_REASONS[code].text;
}
