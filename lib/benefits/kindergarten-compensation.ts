import { ageOn, assertYearMonth, firstDayOf, type IsoDate, type YearMonth } from "./calendar";
import { childCounts } from "./means-test";
import { fractionOf, isKopecks, percentOf, type Kopecks } from "./money";
import type { RefusalReason } from "./reasons";
import {
  averageFeeOn,
  BASIC_COMPENSATION_RATES,
  valueOn,
  type AgeBand,
  type AverageFee,
  type FamilyType,
  type GroupHours,
} from "./reference-data";

// Service (a): основная компенсация части родительской платы за присмотр и уход за ребенком в
// детском саду (273-ФЗ ст. 65 ч. 5; КМ РТ от 18.01.2007 № 9). Paid per month for which the fee
// was paid: 20 % / 50 % / 70 % of the RT *average* fee («средний размер родительской платы») for
// the 1st / 2nd / 3rd-and-later child (§2.4). No means test in RT (§2.2).

/** A child of the family, for ranking. Every child is listed, not only those in kindergarten. */
export interface FamilyChild {
  id: string;
  birthDate: IsoDate;
  /** Обучается по очной форме: counts from 18 until 23. */
  fullTimeStudent?: boolean;
  /** Place in a multiple birth (twins: 1 and 2) per the birth records: orders children born the same day. */
  multipleBirthOrder?: number;
}

/**
 * The children who count for ranking on `onDate`, eldest first: under 18, or 18–22 in full-time
 * study (§2.4, [UT20667], [MARS]). Children born the same day (twins) follow their place in the
 * multiple birth; without it, the order they were listed in (an assumption: the brief is silent).
 */
export function rankedChildren(children: readonly FamilyChild[], onDate: IsoDate): FamilyChild[] {
  const listed = new Map(children.map((child, index) => [child, index]));
  const place = (child: FamilyChild) => child.multipleBirthOrder ?? Number.POSITIVE_INFINITY;
  return children
    .filter(
      (child) => child.birthDate <= onDate && childCounts(child.birthDate, child.fullTimeStudent ?? false, onDate),
    )
    .sort(
      (a, b) =>
        a.birthDate.localeCompare(b.birthDate) || place(a) - place(b) || (listed.get(a) ?? 0) - (listed.get(b) ?? 0),
    );
}

/** 1 for the eldest counted child, 2 for the next…; null if the child does not count on `onDate`. */
export function childOrder(children: readonly FamilyChild[], childId: string, onDate: IsoDate): number | null {
  if (!children.some((c) => c.id === childId))
    throw new RangeError(`Child «${childId}» is not among the family's children`);
  const index = rankedChildren(children, onDate).findIndex((c) => c.id === childId);
  return index === -1 ? null : index + 1;
}

/** Многодетная семья: three or more children counted as for ranking (RT's average fee is halved). */
export function familyTypeOn(children: readonly FamilyChild[], onDate: IsoDate): FamilyType {
  return rankedChildren(children, onDate).length >= 3 ? "large" : "ordinary";
}

/** The percentage of the average fee for a child of this order, per the rates in force on `date`. */
export function compensationPercent(order: number, date: IsoDate): number {
  if (!Number.isSafeInteger(order) || order < 1) throw new RangeError(`Bad child order ${order}`);
  const rates = valueOn(BASIC_COMPENSATION_RATES, date);
  return order === 1 ? rates.first : order === 2 ? rates.second : rates.thirdAndLater;
}

/** до 3 лет / от 3 лет: the child's age band on `date`; a child is 3 from the third birthday. */
export function ageBandOn(birthDate: IsoDate, date: IsoDate): AgeBand {
  return ageOn(birthDate, date) < 3 ? "under3" : "3plus";
}

/**
 * What the RT rule leaves open (§2.4, §12 item 4), as switches. Defaults: the compensation never
 * exceeds the fee actually paid for the month (it compensates a *part* of what was paid), and it is
 * not pro-rated by attendance (the fee charged already follows attendance in most municipalities).
 */
export interface BasicCompensationPolicy {
  capAtFeePaid: boolean;
  proRateByAttendance: boolean;
}

export const DEFAULT_BASIC_COMPENSATION_POLICY: BasicCompensationPolicy = {
  capAtFeePaid: true,
  proRateByAttendance: false,
};

export interface KindergartenPlace {
  attends: boolean;
  groupHours: GroupHours;
  /** 273-ФЗ ст. 65 ч. 3: no fee for children with disabilities, orphans, children left without
   *  parental care and children with tuberculous intoxication — so nothing to compensate. */
  feeExempt: boolean;
  /** Fee charged for the month (municipal tariff, Ф). */
  feeCharged: Kopecks;
  /** Fee the applicant actually paid for the month. */
  feePaid: Kopecks;
}

export interface BasicCompensationInput {
  /** The month the fee was paid for. Order, age band and family type are taken on its first day. */
  month: YearMonth;
  childId: string;
  children: readonly FamilyChild[];
  /** The applicant is the child's parent or legal representative (adoptive parent, guardian, custodian). */
  applicantIsLegalRepresentative: boolean;
  /** The child lives in the Republic of Tatarstan. */
  residentInTatarstan: boolean;
  kindergarten: KindergartenPlace;
  /** The compensation for this child is already assigned to the other parent. */
  assignedToOtherParent: boolean;
  /** Needed only when the policy pro-rates by attendance. */
  attendance?: { attendedDays: number; scheduledDays: number };
}

export type BasicCompensation =
  | {
      eligible: true;
      month: YearMonth;
      /** 1st, 2nd, 3rd… child of the family. */
      order: number;
      percent: number;
      ageBand: AgeBand;
      familyType: FamilyType;
      averageFee: AverageFee;
      /** percent × average fee, before attendance and the cap. */
      fullAmount: Kopecks;
      /** What is paid for the month. */
      amount: Kopecks;
      proRated: boolean;
      capped: boolean;
    }
  | { eligible: false; reasons: RefusalReason[] };

function assertAmount(value: Kopecks, what: string): void {
  if (!isKopecks(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative whole number of kopecks, got ${value}`);
}

/** Refusal reasons that follow from the data (the caseworker adds falseData etc. separately). */
export function basicCompensationRefusals(input: BasicCompensationInput, order: number | null): RefusalReason[] {
  const reasons: RefusalReason[] = [];
  const place = input.kindergarten;
  if (!input.applicantIsLegalRepresentative) reasons.push("notLegalRepresentative");
  if (!input.residentInTatarstan) reasons.push("notResidentInTatarstan");
  if (!place.attends) reasons.push("childDoesNotAttend");
  else if (place.feeExempt || place.feeCharged === 0) reasons.push("noFeeCharged");
  else if (place.feePaid === 0) reasons.push("feeNotPaid");
  if (input.assignedToOtherParent) reasons.push("alreadyAssignedToOtherParent");
  if (order === null) reasons.push("childOverAgeLimit");
  return reasons;
}

/**
 * The basic compensation for one child and one month. Throws ReferenceDataError if RT has no
 * average fee for the month or the group (e.g. a 12 h group, or 2023, for which no act is stored).
 */
export function basicCompensation(
  input: BasicCompensationInput,
  policy: BasicCompensationPolicy = DEFAULT_BASIC_COMPENSATION_POLICY,
): BasicCompensation {
  assertYearMonth(input.month);
  assertAmount(input.kindergarten.feeCharged, "The fee charged");
  assertAmount(input.kindergarten.feePaid, "The fee paid");
  const onDate = firstDayOf(input.month);
  const child = input.children.find((c) => c.id === input.childId);
  if (!child) throw new RangeError(`Child «${input.childId}» is not among the family's children`);
  if (child.birthDate > onDate) throw new RangeError(`Child «${child.id}» was not yet born on ${onDate}`);

  const order = childOrder(input.children, input.childId, onDate);
  const reasons = basicCompensationRefusals(input, order);
  if (reasons.length > 0 || order === null) return { eligible: false, reasons };

  const percent = compensationPercent(order, onDate);
  const ageBand = ageBandOn(child.birthDate, onDate);
  const familyType = familyTypeOn(input.children, onDate);
  const averageFee = averageFeeOn(onDate, { hours: input.kindergarten.groupHours, ageBand, familyType });
  const fullAmount = percentOf(averageFee.amount, percent);

  let amount = fullAmount;
  const proRated = policy.proRateByAttendance;
  if (proRated) {
    const attendance = input.attendance;
    if (!attendance) throw new RangeError("Attendance is needed when the compensation is pro-rated by attendance");
    const { attendedDays, scheduledDays } = attendance;
    if (
      !Number.isSafeInteger(attendedDays) ||
      !Number.isSafeInteger(scheduledDays) ||
      scheduledDays < 1 ||
      attendedDays < 0 ||
      attendedDays > scheduledDays
    ) {
      throw new RangeError(`Bad attendance ${attendedDays}/${scheduledDays}`);
    }
    amount = fractionOf(amount, attendedDays, scheduledDays);
  }

  // Compensates part of this month's fee: neither more than was paid, nor more than was charged.
  const paidForMonth = Math.min(input.kindergarten.feePaid, input.kindergarten.feeCharged);
  const capped = policy.capAtFeePaid && amount > paidForMonth;
  if (capped) amount = paidForMonth;

  if (amount === 0) return { eligible: false, reasons: ["noAmountDue"] };
  return {
    eligible: true,
    month: input.month,
    order,
    percent,
    ageBand,
    familyType,
    averageFee,
    fullAmount,
    amount,
    proRated,
    capped,
  };
}
