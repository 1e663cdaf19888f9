import type { ScenarioName } from "./scenarios";

// The automatic checks that turn a simplified account into a standard one (seed 004): SNILS and
// personal data at the Pension Fund, the passport at the migration service. The mock's "Pension
// Fund" knows the SNILS of every account it holds: a SNILS that belongs to someone else fails, as
// a typo in a real SNILS would. Results are computed once the check's time has come.

export interface PersonalDataSubmission {
  lastName: string;
  firstName: string;
  middleName?: string;
  gender: "M" | "F";
  birthDate: string; // dd.MM.yyyy
  birthPlace: string;
  citizenship: string;
  snils: string;
  passportSeries: string;
  passportNumber: string;
  passportIssueDate: string; // dd.MM.yyyy
  passportIssueId: string;
  passportIssuedBy: string;
}

export interface PensionFundRecord {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
}

export type CheckOutcome = "passed" | "failed";

export interface CheckResult {
  pfr: CheckOutcome;
  fms: CheckOutcome;
  /** Why it failed and what to do, in the user's words; undefined when both passed. */
  reason?: string;
}

export const CHECK_TITLES = {
  pfr: "Проверка СНИЛС и персональных данных в Пенсионном фонде Российской Федерации",
  fms: "Проверка данных документа, удостоверяющего личность, в Федеральной миграционной службе Российской Федерации",
} as const;

function toDate(ddMMyyyy: string): Date {
  const [day, month, year] = ddMMyyyy.split(".").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").trim().toLowerCase().replaceAll("ё", "е") === (b ?? "").trim().toLowerCase().replaceAll("ё", "е");
}

export function runAutomaticChecks(
  submission: PersonalDataSubmission,
  registeredHolder: PensionFundRecord | null,
  scenario: ScenarioName | null,
): CheckResult {
  const reasons: string[] = [];

  let pfr: CheckOutcome = "passed";
  const holderDiffers =
    registeredHolder !== null &&
    !(
      sameName(registeredHolder.lastName, submission.lastName) &&
      sameName(registeredHolder.firstName, submission.firstName) &&
      sameName(registeredHolder.middleName, submission.middleName) &&
      registeredHolder.birthDate === submission.birthDate
    );
  if (scenario === "checks_fail_pfr" || holderDiffers) {
    pfr = "failed";
    reasons.push(
      "Пенсионный фонд не подтвердил СНИЛС: номер принадлежит другому человеку или ФИО и дата рождения не совпадают. Проверьте СНИЛС, фамилию, имя, отчество и дату рождения.",
    );
  }

  let fms: CheckOutcome = "passed";
  const birth = toDate(submission.birthDate);
  const fourteenth = new Date(Date.UTC(birth.getUTCFullYear() + 14, birth.getUTCMonth(), birth.getUTCDate()));
  if (scenario === "checks_fail_fms") {
    fms = "failed";
    reasons.push("МВД России не подтвердило паспорт: проверьте серию, номер, дату выдачи и код подразделения.");
  } else if (toDate(submission.passportIssueDate) < fourteenth) {
    fms = "failed";
    reasons.push("Дата выдачи паспорта раньше 14-летия: проверьте дату выдачи и дату рождения.");
  }

  return { pfr, fms, ...(reasons.length ? { reason: reasons.join(" ") } : {}) };
}
