import { additionalCompensation } from "../benefits/additional-compensation";
import { addMonths, monthOf, type IsoDate } from "../benefits/calendar";
import { regionalChildAllowance, type AllowanceChild } from "../benefits/child-allowance";
import { basicCompensation, type BasicCompensation, type FamilyChild } from "../benefits/kindergarten-compensation";
import {
  INCOME_PERIOD_RULES,
  meansTest,
  type FamilyMember,
  type IncomeLine,
  type MeansTestResult,
} from "../benefits/means-test";
import type { EstimateFigure } from "../benefits/estimate";
import type { ReasonCode } from "../benefits/reasons";
import { perCapitaSubsistenceMinimumOn, ReferenceDataError } from "../benefits/reference-data";
import type { ServiceId } from "../benefits/services";
import { eligibilityLineText } from "../i18n/eligibility-lines";
import type { ApplicationData } from "./application-data";

// The eligibility and the amount the portal computes when an application is sent, from the
// answers and the reference data in force on that day (lib/benefits). It is a proposal for the
// caseworker, shown with how it was computed; the decision is theirs. The lines are keys with
// figures («review.lines» in messages/form), written in the applicant's language on their pages
// (lib/i18n/eligibility-lines.ts); `explanation` is the same lines in Russian, as the caseworker
// and the receipt read them.

/** One line of how the outcome was computed: its key under «review.lines», and its figures. */
export interface EligibilityLine {
  key: string;
  values?: Record<string, EstimateFigure>;
}

export interface EligibilityOutcome {
  /** null: the reference data has no figure for this case, the caseworker determines it. */
  eligible: boolean | null;
  /** Monthly amount in kopecks, when eligible. */
  amountKopecks: number | null;
  /** How it was computed, line by line, in Russian. */
  explanation: string[];
  /** The same lines in no language. */
  lines: EligibilityLine[];
  /** Refusal reason codes (lib/benefits/reasons.ts) when not eligible. */
  refusalReasons: string[];
  /** Proposed payment period: first month and number of months. */
  period: { start: string; months: number } | null;
  referenceDate: IsoDate;
  /** Some figure used is marked uncertain in the reference data. */
  uncertain: boolean;
}

/** Months a decision assigns the payment for (an assumption, editable by the caseworker). */
export const PAYMENT_PERIOD_MONTHS = 12;

function childName(child: { lastName: string; firstName: string; middleName?: string | undefined }): EstimateFigure {
  return { name: [child.lastName, child.firstName, child.middleName].filter(Boolean).join(" ") };
}

const line = (key: string, values?: Record<string, EstimateFigure>): EligibilityLine =>
  values ? { key, values } : { key };
const money = (amount: number): EstimateFigure => ({ money: amount });

/** The outcome with its lines, and the same lines written in Russian. */
function withLines(outcome: Omit<EligibilityOutcome, "explanation">): EligibilityOutcome {
  return { ...outcome, explanation: outcome.lines.map((l) => eligibilityLineText("ru", l)) };
}

function familyChildren(data: ApplicationData): FamilyChild[] {
  return data.children.children.map((child, index) => ({ id: String(index), birthDate: child.birthDate }));
}

function refused(reasons: ReasonCode[], referenceDate: IsoDate, lines: EligibilityLine[]): EligibilityOutcome {
  return withLines({
    eligible: false,
    amountKopecks: null,
    lines: [...lines, ...reasons.map((reason) => line("refusal", { reason: { reason } }))],
    refusalReasons: reasons,
    period: null,
    referenceDate,
    uncertain: false,
  });
}

function undetermined(referenceDate: IsoDate): EligibilityOutcome {
  return withLines({
    eligible: null,
    amountKopecks: null,
    lines: [line("undetermined")],
    refusalReasons: [],
    period: null,
    referenceDate,
    uncertain: true,
  });
}

function basicFor(data: ApplicationData, month: string): { basic: BasicCompensation; lines: EligibilityLine[] } {
  const place = data.kindergarten!;
  const childIndex = Number(place.child);
  const child = data.children.children[childIndex];
  if (!child) throw new RangeError("The kindergarten step names a child that is not listed");
  const basic = basicCompensation({
    month,
    childId: String(childIndex),
    children: familyChildren(data),
    applicantIsLegalRepresentative: true,
    residentInTatarstan: true,
    kindergarten: {
      attends: true,
      groupHours: place.groupHours,
      feeExempt: false,
      feeCharged: place.fee,
      feePaid: place.feePaid ? place.fee : 0,
    },
    assignedToOtherParent: false,
  });
  const lines = [line("child", { child: childName(child) })];
  if (basic.eligible) {
    lines.push(
      line(`order.${basic.familyType}`, { order: { number: basic.order } }),
      line(`averageFee.${basic.averageFee.uncertain ? "uncertain" : "value"}`, {
        hours: { hours: place.groupHours },
        band: { ageBand: basic.ageBand },
        fee: money(basic.averageFee.amount),
      }),
      line("basic", { percent: { number: basic.percent }, amount: money(basic.fullAmount) }),
    );
    if (basic.capped) lines.push(line("capped", { amount: money(basic.amount) }));
  }
  return { basic, lines };
}

function familyMeansTest(
  data: ApplicationData,
  applicationDate: IsoDate,
): { test: MeansTestResult; lines: EligibilityLine[] } {
  const family = data.family!;
  const months = INCOME_PERIOD_RULES.regional;
  const members: FamilyMember[] = [
    { id: "applicant", relation: "applicant", birthDate: data.applicant.birthDate },
    ...data.children.children.map((child, index) => ({
      id: `child-${index}`,
      relation: "child" as const,
      birthDate: child.birthDate,
    })),
    ...family.members.map((member, index) => ({
      id: `member-${index}`,
      relation: member.relation,
      birthDate: member.birthDate,
      status: member.status,
    })),
  ];
  // Incomes are asked as totals for the period; one line per person in its last month is enough
  // for the sum the means test takes.
  const lastMonth = addMonths(monthOf(applicationDate), -1);
  const incomeLine = (memberId: string, amount: number): IncomeLine => ({
    memberId,
    month: lastMonth,
    type: "other",
    amount,
    verified: false,
  });
  const incomes: IncomeLine[] = [
    incomeLine("applicant", family.applicantIncome),
    ...family.members.map((m, i) => incomeLine(`member-${i}`, m.income)),
  ];
  if (family.childrenIncome > 0 && members.some((m) => m.id === "child-0"))
    incomes.push(incomeLine("child-0", family.childrenIncome));
  const threshold = perCapitaSubsistenceMinimumOn(applicationDate);
  const test = meansTest({ members, incomes, applicationDate, rule: months, threshold });
  const lines = [
    line("composition", {
      count: { number: test.composition.counted.length },
      relations: { relations: test.composition.counted.map((m) => m.relation) },
    }),
    ...test.composition.excluded.map(({ member }) =>
      line("excluded", { relation: { relation: member.relation }, birthDate: { date: member.birthDate } }),
    ),
    line("income", {
      months: { number: test.period.length },
      period: { period: test.period },
      total: money(test.income.total),
    }),
    line("perCapita", { perCapita: money(test.income.rounded), threshold: money(threshold) }),
  ];
  return { test, lines };
}

/** The eligibility and monthly amount for a complete application sent on `applicationDate`. */
export function computeEligibility(
  serviceId: ServiceId,
  data: ApplicationData,
  applicationDate: IsoDate,
): EligibilityOutcome {
  const month = monthOf(applicationDate);
  const period = { start: addMonths(month, 1), months: PAYMENT_PERIOD_MONTHS };
  try {
    if (serviceId === "kindergarten-basic") {
      const { basic, lines } = basicFor(data, month);
      if (!basic.eligible) return refused(basic.reasons, applicationDate, lines);
      return withLines({
        eligible: true,
        amountKopecks: basic.amount,
        lines: [...lines, line("amount", { amount: money(basic.amount) })],
        refusalReasons: [],
        period,
        referenceDate: applicationDate,
        uncertain: basic.averageFee.uncertain,
      });
    }
    if (serviceId === "kindergarten-additional") {
      const { basic, lines } = basicFor(data, month);
      const { test, lines: incomeLines } = familyMeansTest(data, applicationDate);
      const additional = additionalCompensation({ month, basic, fee: data.kindergarten!.fee, income: test.income });
      const explanation = [...lines, ...incomeLines];
      if (!additional.eligible) return refused(additional.reasons, applicationDate, explanation);
      const share = { number: additional.maxFamilySharePercent };
      return withLines({
        eligible: true,
        amountKopecks: additional.amount,
        lines: [
          ...explanation,
          line("share", { band: { number: additional.band }, share }),
          line("additional", {
            fee: money(additional.fee),
            share,
            basic: money(additional.basicAmount),
            amount: money(additional.amount),
          }),
          line("familyPays", { pays: money(additional.familyPays) }),
        ],
        refusalReasons: [],
        period,
        referenceDate: applicationDate,
        uncertain: additional.uncertain || (basic.eligible && basic.averageFee.uncertain),
      });
    }
    const { test, lines } = familyMeansTest(data, applicationDate);
    const children: AllowanceChild[] = data.children.children.map((child, index) => ({
      id: String(index),
      birthDate: child.birthDate,
      atSchool: child.atSchool,
      categories: child.categories,
    }));
    const allowance = regionalChildAllowance({
      applicationDate,
      children,
      meansTest: test,
      applicantIsLegalRepresentative: true,
      residentInTatarstan: true,
    });
    if (!allowance.eligible) return refused(allowance.reasons, applicationDate, lines);
    const names = data.children.children;
    return withLines({
      eligible: true,
      amountKopecks: allowance.total,
      lines: [
        ...lines,
        ...allowance.lines.map((child) =>
          line("childAllowance", {
            child: childName(names[Number(child.childId)]!),
            percent: { number: child.multiplierPercent },
            amount: money(child.amount),
          }),
        ),
        ...allowance.overAgeLimit.map((id) => line("overAge", { child: childName(names[Number(id)]!) })),
        line(`allowanceTotal.${allowance.parameters.uncertain ? "uncertain" : "value"}`, {
          amount: money(allowance.total),
        }),
      ],
      refusalReasons: [],
      period,
      referenceDate: applicationDate,
      uncertain: Boolean(allowance.parameters.uncertain),
    });
  } catch (error) {
    if (error instanceof ReferenceDataError) return undetermined(applicationDate);
    throw error;
  }
}
