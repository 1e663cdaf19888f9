import type { EsiaLevel } from "../esia/person";
import { INCOME_PERIOD_RULES, type IncomePeriodRule } from "./means-test";

// The three services of the 2016 seed letter as data (§0, §2–§4, §6.1): what each is, who may
// apply, what the application needs, the deadlines, the result, when the portal must send the
// applicant to an РЦМП branch instead, and the ESIA level needed to file online.

export type ServiceId = "kindergarten-basic" | "kindergarten-additional" | "child-allowance";

export const SERVICE_IDS: readonly ServiceId[] = ["kindergarten-basic", "kindergarten-additional", "child-allowance"];

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === "string" && (SERVICE_IDS as readonly string[]).includes(value);
}

import type { ApplicantRole } from "./applicant-roles";

export { APPLICANT_ROLES, type ApplicantRole } from "./applicant-roles";

/** Cases uslugi.tatarstan.ru service 20667 does not take online (§2.2, [UT20667]). */
export type InPersonCase = "proxy" | "student18to23" | "birthCertificateOutsideTatarstan";

export const IN_PERSON_CASES: Record<InPersonCase, string> = {
  proxy: "Заявление подает представитель по доверенности",
  student18to23:
    "В семье есть дети в возрасте от 18 до 23 лет, обучающиеся по очной форме (нужна справка с места учебы)",
  birthCertificateOutsideTatarstan: "Свидетельство о рождении ребенка выдано за пределами Республики Татарстан",
};

/** Terms of §6.1; all are working assumptions, kept as data to be corrected per service. */
export interface ServiceDeadlines {
  /** Registration of an online application: no later than the next working day. */
  registrationWorkingDays: number;
  /** Decision, counted from registration. */
  decisionWorkingDays: number;
  /** Time the applicant has to upload requested documents; the decision clock stops meanwhile. */
  documentsWorkingDays: number;
  /** Status notice to the applicant after each step. */
  statusNotificationWorkingDays: number;
  /** Written notice of a refusal after the decision. */
  refusalNoticeCalendarDays: number;
  /** When payment starts. */
  firstPayment: string;
  source: string;
  uncertain: true;
  note: string;
}

const COMMON_DEADLINES = {
  registrationWorkingDays: 1,
  decisionWorkingDays: 10,
  documentsWorkingDays: 5,
  statusNotificationWorkingDays: 1,
  refusalNoticeCalendarDays: 5,
  firstPayment: "С месяца, следующего за месяцем обращения",
  uncertain: true,
} as const;

export interface BenefitService {
  id: ServiceId;
  /** The seed letter's title. */
  title: string;
  shortTitle: string;
  /** Кто может обратиться. */
  applicants: { roles: readonly ApplicantRole[]; conditions: readonly string[] };
  /** Что нужно для подачи заявления. */
  requirements: readonly string[];
  deadlines: ServiceDeadlines;
  /** Результат услуги. */
  result: string;
  /** Cases the portal routes to an in-person visit before the form starts. */
  inPersonCases: readonly InPersonCase[];
  requiredEsiaLevel: EsiaLevel;
  meansTested: boolean;
  /** The income period of the means test, for means-tested services. */
  incomePeriod: IncomePeriodRule | null;
  provider: string;
  legalBasis: readonly string[];
  /** A banner shown on the service page. */
  notice: string | null;
  uncertainties: readonly string[];
}

const ALL_LEGAL_REPRESENTATIVES: readonly ApplicantRole[] = [
  "mother",
  "father",
  "adoptiveParent",
  "guardian",
  "custodian",
];

const PROVIDER =
  "ГКУ «Республиканский центр материальной помощи (компенсационных выплат)» (РЦМП) и его отделения в муниципальных районах и городских округах";

const KINDERGARTEN_REQUIREMENTS = [
  "Данные заявителя (из учетной записи ЕСИА)",
  "Сведения о рождении всех детей семьи, учитываемых при определении очередности рождения (свидетельство о рождении или запись акта о рождении)",
  "Документ о перемене фамилии — если фамилии заявителя и ребенка различаются",
  "Акт об установлении опеки (попечительства) — для опекуна или попечителя",
  "Сведения о детском саде: организация, номер и дата договора, режим пребывания группы",
  "Реквизиты счета в банке (карта «Мир») или выбор доставки через почтовое отделение",
  "Согласие на обработку персональных данных",
] as const;

const MEANS_TEST_REQUIREMENTS = [
  "Сведения о составе семьи",
  "Сведения о доходах каждого члена семьи за расчетный период (3 календарных месяца, предшествующих месяцу обращения)",
  "Согласие совершеннолетних членов семьи на обработку их персональных данных",
] as const;

export const BENEFIT_SERVICES: Record<ServiceId, BenefitService> = {
  "kindergarten-basic": {
    id: "kindergarten-basic",
    title: "Назначение основной компенсации части родительской платы за детский сад",
    shortTitle: "Основная компенсация за детский сад",
    applicants: {
      roles: ALL_LEGAL_REPRESENTATIVES,
      conditions: [
        "Родитель (законный представитель) ребенка, посещающего детский сад в Республике Татарстан",
        "Заключил договор с детским садом и внес родительскую плату",
      ],
    },
    requirements: KINDERGARTEN_REQUIREMENTS,
    deadlines: {
      ...COMMON_DEADLINES,
      source: "§6.1 [EPSPB], [TI817], [CRIM], [CNTD406], [PRB]",
      note: "RT's own term not found; the federal standard (ПП РФ № 829) may set 6 days rather than 10 (§2.1, §12 item 1).",
    },
    result:
      "Решение о назначении компенсации: 20 % среднего размера родительской платы на первого ребенка, 50 % — на второго, 70 % — на третьего и последующих; выплачивается ежемесячно. Либо уведомление об отказе с указанием причины.",
    inPersonCases: ["proxy", "student18to23", "birthCertificateOutsideTatarstan"],
    requiredEsiaLevel: "standard",
    meansTested: false,
    incomePeriod: null,
    provider: PROVIDER,
    legalBasis: [
      "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ст. 65",
      "Постановление Правительства РФ от 27.05.2023 № 829 (единый стандарт)",
      "Постановление КМ РТ от 18.01.2007 № 9",
    ],
    notice: null,
    uncertainties: [
      "Pro-rating by attendance and the cap at the fee paid are not settled for RT (§2.4).",
      "Who supplies the fee actually paid (kindergarten or education system) is not verified (§2.5).",
    ],
  },
  "kindergarten-additional": {
    id: "kindergarten-additional",
    title: "Назначение дополнительной компенсации части родительской платы за детский сад",
    shortTitle: "Дополнительная компенсация за детский сад",
    applicants: {
      roles: ALL_LEGAL_REPRESENTATIVES,
      conditions: [
        "Получатель основной компенсации на этого ребенка",
        "Среднедушевой доход семьи — не более 20 000 ₽ в месяц",
      ],
    },
    requirements: [...KINDERGARTEN_REQUIREMENTS, ...MEANS_TEST_REQUIREMENTS],
    deadlines: {
      ...COMMON_DEADLINES,
      source: "§6.1 [EPSPB], [TI817], [CRIM], [CNTD406], [PRB]",
      note: "RT's own term not found (§12 item 1).",
    },
    result:
      "Решение о назначении дополнительной компенсации: доплата к основной компенсации, после которой семья вносит не более установленной доли родительской платы; либо уведомление об отказе с указанием причины.",
    inPersonCases: ["proxy", "student18to23", "birthCertificateOutsideTatarstan"],
    requiredEsiaLevel: "standard",
    meansTested: true,
    incomePeriod: INCOME_PERIOD_RULES.regional,
    provider: PROVIDER,
    legalBasis: [
      "Постановление КМ РТ от 18.01.2007 № 9 (компенсация К)",
      "Муниципальные акты об установлении родительской платы (Ф)",
    ],
    notice: null,
    uncertainties: [
      "The governing act, the paying budget and whether RT still runs it republic-wide are not established; Kazan runs its own schemes from 2025–2026 (§3.1, §3.3).",
      "The МДД columns are read as the child's order (§3.2).",
      "The income period is assumed: 3 months before the month of application (§3.4).",
      "The in-person cases are assumed to be those of the basic compensation, since the child's order and К come from it.",
    ],
  },
  "child-allowance": {
    id: "child-allowance",
    title: "Назначение ежемесячного пособия на ребенка",
    shortTitle: "Ежемесячное пособие на ребенка",
    applicants: {
      roles: ALL_LEGAL_REPRESENTATIVES,
      conditions: [
        "Один из родителей (законный представитель) ребенка до 16 лет (до 18 лет — обучающегося в общеобразовательной организации)",
        "Семья проживает в Республике Татарстан",
        "Среднедушевой доход семьи не превышает величину прожиточного минимума на душу населения в Республике Татарстан",
      ],
    },
    requirements: [
      "Данные заявителя (из учетной записи ЕСИА)",
      "Сведения о рождении детей, на которых назначается пособие",
      "Документы, подтверждающие категорию ребенка (одинокая мать, уклонение родителя от уплаты алиментов, военнослужащий по призыву), — если она указана",
      "Справка об обучении в общеобразовательной организации — для ребенка старше 16 лет",
      ...MEANS_TEST_REQUIREMENTS,
      "Реквизиты счета в банке (карта «Мир») или выбор доставки через почтовое отделение",
      "Согласие на обработку персональных данных",
    ],
    deadlines: {
      ...COMMON_DEADLINES,
      source: "§6.1 [EPSPB], [TI817], [CRIM], [CNTD406], [PRB]",
      note: "The 10-day term is the one for «единое пособие»; the historic RT term was not found.",
    },
    result:
      "Решение о назначении ежемесячного пособия на ребенка (размер и срок выплаты) либо уведомление об отказе с указанием причины.",
    inPersonCases: ["proxy"],
    requiredEsiaLevel: "standard",
    meansTested: true,
    incomePeriod: INCOME_PERIOD_RULES.regional,
    provider: PROVIDER,
    legalBasis: [
      "Федеральный закон от 19.05.1995 № 81-ФЗ «О государственных пособиях гражданам, имеющим детей» (в редакции до 2023 года)",
      "Закон РТ от 08.12.2004 № 63-ЗРТ «Об адресной социальной поддержке населения в Республике Татарстан»",
      "Административный регламент Минтруда РТ (в ред. приказа от 10.11.2022 № 998)",
    ],
    notice:
      "С 1 января 2023 года семьи с детьми обращаются за единым пособием в Отделение Социального фонда России по Республике Татарстан через портал Госуслуг.",
    uncertainties: [
      "RT amounts, increments and income period were not found: the base amount is a demo value (§4.1, §12 item 2).",
      "The in-person case for proxies is assumed from service 20667; the brief names none for this service.",
    ],
  },
};

export function serviceById(id: ServiceId): BenefitService {
  return BENEFIT_SERVICES[id];
}

/** The applicant's answers to the routing questions asked before the form (§2.2). */
export interface InPersonAnswers {
  actsByProxy: boolean;
  hasStudent18to23: boolean;
  birthCertificateOutsideTatarstan: boolean;
}

/** The in-person cases that apply; an empty list means the applicant may file online. */
export function inPersonCasesFor(serviceId: ServiceId, answers: InPersonAnswers): InPersonCase[] {
  const applies: Record<InPersonCase, boolean> = {
    proxy: answers.actsByProxy,
    student18to23: answers.hasStudent18to23,
    birthCertificateOutsideTatarstan: answers.birthCertificateOutsideTatarstan,
  };
  return BENEFIT_SERVICES[serviceId].inPersonCases.filter((c) => applies[c]);
}
