import { additionalCompensation } from "../benefits/additional-compensation";
import { addMonths, monthOf, type IsoDate } from "../benefits/calendar";
import { regionalChildAllowance, type AllowanceChild } from "../benefits/child-allowance";
import { basicCompensation, type BasicCompensation, type FamilyChild } from "../benefits/kindergarten-compensation";
import {
  INCOME_PERIOD_RULES,
  meansTest,
  RELATIONS,
  type FamilyMember,
  type IncomeLine,
  type MeansTestResult,
} from "../benefits/means-test";
import { formatRubles } from "../benefits/money";
import { periodName } from "../benefits/estimate";
import { reasonText } from "../benefits/reasons";
import { perCapitaSubsistenceMinimumOn, ReferenceDataError } from "../benefits/reference-data";
import type { ServiceId } from "../benefits/services";
import { formatRussianDate } from "../validation/calendar-date";
import type { ApplicationData } from "./application-data";

// The eligibility and the amount the portal computes when an application is sent, from the
// answers and the reference data in force on that day (lib/benefits). It is a proposal for the
// caseworker, shown with how it was computed; the decision is theirs.

export interface EligibilityOutcome {
  /** null: the reference data has no figure for this case, the caseworker determines it. */
  eligible: boolean | null;
  /** Monthly amount in kopecks, when eligible. */
  amountKopecks: number | null;
  /** How it was computed, line by line. */
  explanation: string[];
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

function childName(child: { lastName: string; firstName: string; middleName?: string | undefined }): string {
  return [child.lastName, child.firstName, child.middleName].filter(Boolean).join(" ");
}

function familyChildren(data: ApplicationData): FamilyChild[] {
  return data.children.children.map((child, index) => ({ id: String(index), birthDate: child.birthDate }));
}

function refused(reasons: string[], referenceDate: IsoDate, explanation: string[]): EligibilityOutcome {
  return {
    eligible: false,
    amountKopecks: null,
    explanation: [...explanation, ...reasons.map((code) => `Основание для отказа: ${reasonText(code as never)}`)],
    refusalReasons: reasons,
    period: null,
    referenceDate,
    uncertain: false,
  };
}

function undetermined(referenceDate: IsoDate, explanation: string[], why: string): EligibilityOutcome {
  return {
    eligible: null,
    amountKopecks: null,
    explanation: [...explanation, why],
    refusalReasons: [],
    period: null,
    referenceDate,
    uncertain: true,
  };
}

function basicFor(data: ApplicationData, month: string): { basic: BasicCompensation; lines: string[] } {
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
  const lines = [`Ребенок: ${childName(child)}`];
  if (basic.eligible) {
    lines.push(
      `Очередность рождения: ${basic.order}-й ребенок в семье; семья ${basic.familyType === "large" ? "многодетная" : "не многодетная"}`,
      `Средний размер родительской платы в РТ (группа ${String(place.groupHours).replace(".", ",")} ч, ${basic.ageBand === "under3" ? "до 3 лет" : "от 3 лет"}): ${formatRubles(basic.averageFee.amount)}${basic.averageFee.uncertain ? " — размер требует подтверждения" : ""}`,
      `Основная компенсация: ${basic.percent} % среднего размера платы = ${formatRubles(basic.fullAmount)}`,
    );
    if (basic.capped) lines.push(`Не больше внесенной платы: ${formatRubles(basic.amount)}`);
  }
  return { basic, lines };
}

function familyMeansTest(data: ApplicationData, applicationDate: IsoDate): { test: MeansTestResult; lines: string[] } {
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
  const line = (memberId: string, amount: number): IncomeLine => ({
    memberId,
    month: lastMonth,
    type: "other",
    amount,
    verified: false,
  });
  const incomes: IncomeLine[] = [
    line("applicant", family.applicantIncome),
    ...family.members.map((m, i) => line(`member-${i}`, m.income)),
  ];
  if (family.childrenIncome > 0 && members.some((m) => m.id === "child-0"))
    incomes.push(line("child-0", family.childrenIncome));
  const threshold = perCapitaSubsistenceMinimumOn(applicationDate);
  const test = meansTest({ members, incomes, applicationDate, rule: months, threshold });
  const lines = [
    `Состав семьи для расчета дохода: ${test.composition.counted.length} чел. (${test.composition.counted.map((m) => RELATIONS[m.relation].toLowerCase()).join(", ")})`,
    ...test.composition.excluded.map(
      ({ member }) =>
        `Не учитывается в составе семьи: ${RELATIONS[member.relation].toLowerCase()}, ${formatRussianDate(member.birthDate)}`,
    ),
    `Доход семьи за ${test.period.length} мес. (${periodName(test.period)}): ${formatRubles(test.income.total)}`,
    `Среднедушевой доход: ${formatRubles(test.income.rounded)} в месяц; прожиточный минимум на душу населения: ${formatRubles(threshold)}`,
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
      return {
        eligible: true,
        amountKopecks: basic.amount,
        explanation: [...lines, `Размер компенсации в месяц: ${formatRubles(basic.amount)}`],
        refusalReasons: [],
        period,
        referenceDate: applicationDate,
        uncertain: basic.averageFee.uncertain,
      };
    }
    if (serviceId === "kindergarten-additional") {
      const { basic, lines } = basicFor(data, month);
      const { test, lines: incomeLines } = familyMeansTest(data, applicationDate);
      const additional = additionalCompensation({ month, basic, fee: data.kindergarten!.fee, income: test.income });
      const explanation = [...lines, ...incomeLines];
      if (!additional.eligible) return refused(additional.reasons, applicationDate, explanation);
      return {
        eligible: true,
        amountKopecks: additional.amount,
        explanation: [
          ...explanation,
          `Максимальная доля родительской платы для семьи (МДД), группа дохода ${additional.band}: ${additional.maxFamilySharePercent} %`,
          `Дополнительная компенсация = плата ${formatRubles(additional.fee)} × (100 % − ${additional.maxFamilySharePercent} %) − основная компенсация ${formatRubles(additional.basicAmount)} = ${formatRubles(additional.amount)} в месяц`,
          `Семья платит: ${formatRubles(additional.familyPays)} в месяц`,
        ],
        refusalReasons: [],
        period,
        referenceDate: applicationDate,
        uncertain: additional.uncertain || (basic.eligible && basic.averageFee.uncertain),
      };
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
    return {
      eligible: true,
      amountKopecks: allowance.total,
      explanation: [
        ...lines,
        ...allowance.lines.map(
          (line) =>
            `${childName(names[Number(line.childId)]!)}: ${line.multiplierPercent} % базового размера = ${formatRubles(line.amount)}`,
        ),
        ...allowance.overAgeLimit.map(
          (id) => `${childName(names[Number(id)]!)}: старше возраста, до которого выплачивается пособие`,
        ),
        `Пособие в месяц: ${formatRubles(allowance.total)}${allowance.parameters.uncertain ? " — базовый размер является демонстрационным и требует подтверждения" : ""}`,
      ],
      refusalReasons: [],
      period,
      referenceDate: applicationDate,
      uncertain: Boolean(allowance.parameters.uncertain),
    };
  } catch (error) {
    if (error instanceof ReferenceDataError) {
      return undetermined(
        applicationDate,
        [],
        "В справочниках нет размера для этого случая (например, для выбранного режима группы): размер выплаты определит специалист.",
      );
    }
    throw error;
  }
}
