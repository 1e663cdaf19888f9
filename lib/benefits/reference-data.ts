import { assertIsoDate, type IsoDate, type WorkingCalendar, type YearCalendar } from "./calendar";
import { rubles, type Kopecks } from "./money";

// Reference data the benefit rules read: figures set by acts of the Cabinet of Ministers of the
// Republic of Tatarstan (КМ РТ) and federal decrees. Every figure is dated (`validFrom`, and
// `validTo` where the act names its period) and sourced; the source keys in [brackets] resolve in
// research/benefits.md §13. Figures the brief marks weak carry `uncertain: true` and a note.
// A new act is a new entry here, never an edit of an old one: past months keep their old figures.

/** One figure (or table) in force from `validFrom`. */
export interface Dated<Value> {
  validFrom: IsoDate;
  /** Last day the act covers, when it names one; past it the figure is not used. */
  validTo?: IsoDate;
  value: Value;
  source: string;
  uncertain?: true;
  note?: string;
  /** The act that sets the figures, by its id: its name in each language is «estimate.texts.acts.*». */
  act?: FeeAct;
}

/** The acts of the Cabinet of Ministers of RT on the average parental fee (AVERAGE_PARENTAL_FEE). */
export type FeeAct = "fee2021" | "fee2022" | "fee2024" | "draft2026";

export interface DatedTable<Value> {
  name: string;
  entries: readonly Dated<Value>[];
}

/** Reference data does not cover the date or case asked about: update this file. */
export class ReferenceDataError extends Error {
  override name = "ReferenceDataError";
}

/** The entry in force on `date`: the latest one starting on or before it. */
export function entryOn<Value>(table: DatedTable<Value>, date: IsoDate): Dated<Value> {
  assertIsoDate(date);
  let found: Dated<Value> | undefined;
  for (const entry of table.entries) {
    if (entry.validFrom <= date && (!found || entry.validFrom > found.validFrom)) found = entry;
  }
  if (!found) {
    const first = table.entries.map((e) => e.validFrom).sort()[0];
    throw new ReferenceDataError(
      first
        ? `${table.name}: no value in force on ${date}; the table starts on ${first}`
        : `${table.name}: the table is empty`,
    );
  }
  if (found.validTo && date > found.validTo) {
    throw new ReferenceDataError(
      `${table.name}: no value in force on ${date}; the latest act (from ${found.validFrom}) ran to ${found.validTo}. Add the act in force then.`,
    );
  }
  return found;
}

/** The value in force on `date`; throws ReferenceDataError before the first entry or past `validTo`. */
export function valueOn<Value>(table: DatedTable<Value>, date: IsoDate): Value {
  return entryOn(table, date).value;
}

// ---------------------------------------------------------------------------------------------
// Прожиточный минимум (ПМ) in the Republic of Tatarstan, ₽ a month (§11). Set per year by КМ РТ;
// 2022 had a mid-year rise (federal +10 % from 01.06.2022), hence two rows that year.

export interface SubsistenceMinimum {
  /** на душу населения: the means-test threshold for (b) and (c). */
  perCapita: Kopecks;
  /** для трудоспособного населения */
  workingAge: Kopecks;
  /** для пенсионеров; null where the brief has no figure. */
  pensioners: Kopecks | null;
  /** для детей: the base of «единое пособие». */
  children: Kopecks;
}

function pm(perCapita: number, workingAge: number, pensioners: number | null, children: number): SubsistenceMinimum {
  return {
    perCapita: rubles(perCapita),
    workingAge: rubles(workingAge),
    pensioners: pensioners === null ? null : rubles(pensioners),
    children: rubles(children),
  };
}

export const SUBSISTENCE_MINIMUM: DatedTable<SubsistenceMinimum> = {
  name: "Прожиточный минимум РТ",
  entries: [
    {
      validFrom: "2021-01-01",
      validTo: "2021-12-31",
      value: pm(9_955, 10_622, 8_423, 9_995),
      source: "КМ РТ, ПМ на 2021 год [PM] http://pmini.ru/potrebitelskaya-korzina/potrebkor-tatarstan/",
      uncertain: true,
      note: "Children's figure: the brief gives 9 995 ₽; kommersant.ru/amp/4691832 prints 9 955 ₽ (same as per capita). Kept 9 995, unchecked against the act.",
    },
    {
      validFrom: "2022-01-01",
      validTo: "2022-05-31",
      value: pm(10_756, 11_724, 9_250, 10_433),
      source: "КМ РТ, ПМ на 2022 год [PM]",
    },
    {
      validFrom: "2022-06-01",
      validTo: "2022-12-31",
      value: pm(11_832, 12_896, 10_175, 11_476),
      source: "ПМ с 01.06.2022 (federal +10 % rise) [PM]",
    },
    {
      validFrom: "2023-01-01",
      validTo: "2023-12-31",
      value: pm(12_219, 13_319, 10_508, 11_852),
      source: "КМ РТ, ПМ на 2023 год [PM]",
    },
    {
      validFrom: "2024-01-01",
      validTo: "2024-12-31",
      value: pm(13_135, 14_317, 11_296, 12_741),
      source: "КМ РТ от 16.12.2023 № 1630 [PM], [BIZ24]",
      note: "First set at 12 966 ₽ per capita (КМ РТ от 12.09.2023 № 1118) and raised before 01.01.2024, so 12 966 was never in force.",
    },
    {
      validFrom: "2025-01-01",
      validTo: "2025-12-31",
      value: pm(15_073, 16_430, null, 14_621),
      source: "КМ РТ, ПМ на 2025 год [PM], [TI25], [TI1ST]",
      note: "The pensioners' figure for 2025 is not in the brief.",
    },
    {
      validFrom: "2026-01-01",
      validTo: "2026-12-31",
      value: pm(16_098, 17_547, 13_844, 15_615),
      source: "КМ РТ, ПМ на 2026 год [PM26] https://realnoevremya.ru/news/367026",
    },
  ],
};

export function subsistenceMinimumOn(date: IsoDate): SubsistenceMinimum {
  return valueOn(SUBSISTENCE_MINIMUM, date);
}

/** ПМ на душу населения in force on `date`: the income threshold of the means test (§5). */
export function perCapitaSubsistenceMinimumOn(date: IsoDate): Kopecks {
  return subsistenceMinimumOn(date).perCapita;
}

/** ПМ для детей in force on `date`: the base of «единое пособие» (§4.2). */
export function childSubsistenceMinimumOn(date: IsoDate): Kopecks {
  return subsistenceMinimumOn(date).children;
}

// ---------------------------------------------------------------------------------------------
// Средний размер родительской платы in RT (§2.3): the base of the basic compensation. Set by КМ РТ
// by the group's daily hours, the child's age band and family type; многодетные families (3+
// children) pay half. Only published figures are stored; a missing «многодетная» figure is derived
// as half the ordinary one by averageFeeOn().

export { GROUP_HOURS, type GroupHours } from "./group-hours";
import type { GroupHours } from "./group-hours";

/** до 3 лет / от 3 лет и старше */
export type AgeBand = "under3" | "3plus";
/** обычная / многодетная семья */
export type FamilyType = "ordinary" | "large";

export interface AverageFeeRow {
  hours: GroupHours;
  /** "any" where the act gives one figure for both age bands. */
  ageBand: AgeBand | "any";
  ordinary: Kopecks;
  /** многодетная семья; null where no figure was published. */
  large: Kopecks | null;
  note?: string;
}

function fee(
  hours: GroupHours,
  ageBand: AgeBand | "any",
  ordinary: number,
  large: number | null,
  note?: string,
): AverageFeeRow {
  return {
    hours,
    ageBand,
    ordinary: rubles(ordinary),
    large: large === null ? null : rubles(large),
    ...(note ? { note } : {}),
  };
}

/**
 * How a group's mode is read in the acts' table. The acts publish figures by category of stay;
 * the categories are the federal ones (Порядок организации и осуществления образовательной
 * деятельности по программам дошкольного образования, приказ Минпросвещения России от 31.07.2020
 * № 373): кратковременное пребывание 3–5 ч, сокращенный день 8–10,5 ч, полный день 12 ч,
 * продленный день 13–14 ч, круглосуточное 24 ч. A mode without its own row takes the row of its
 * category: 5 h → the 3 h row of an act without a 5 h row (both short stay), 10,5 h → the 9 h row
 * (both сокращенный день; a 2019 report gives 1 696 ₽ for a 10,5 h day, age 3–7, in line with the
 * 9 h row's 1 740 ₽ of 2022, research/tatar.md). 6 h belongs to no federal category, and no
 * figure for 12 h (полный день) appears in the published figures of the acts: for those the
 * portal names the act and what the parent can do, and does not guess.
 */
export const GROUP_MODE_CATEGORY: Record<GroupHours, { title: string; rows: readonly GroupHours[] }> = {
  3: { title: "кратковременное пребывание (3–5 часов)", rows: [3] },
  5: { title: "кратковременное пребывание (3–5 часов)", rows: [5, 3] },
  6: { title: "6 часов (вне категорий федерального порядка)", rows: [6] },
  9: { title: "сокращенный день (8–10,5 часа)", rows: [9] },
  10.5: { title: "сокращенный день (8–10,5 часа)", rows: [10.5, 9] },
  12: { title: "полный день (12 часов)", rows: [12] },
  24: { title: "круглосуточное пребывание", rows: [24] },
};

export const AVERAGE_PARENTAL_FEE: DatedTable<readonly AverageFeeRow[]> = {
  name: "Средний размер родительской платы в РТ",
  entries: [
    {
      validFrom: "2021-01-01",
      validTo: "2021-12-31",
      value: [
        fee(3, "under3", 680, 340),
        fee(3, "3plus", 614, 307),
        fee(6, "under3", 1_129, 565),
        fee(6, "3plus", 1_046, 523),
        fee(24, "under3", 3_148, 1_574),
        fee(24, "3plus", 2_157, 1_079),
      ],
      act: "fee2021",
      source:
        "КМ РТ, средний размер платы на 2021 год [FEE21] https://realnoevremya.ru/news/193583 (3 h, 24 h); [FEE21b] https://regnum.ru/news/3379247 (6 h)",
    },
    {
      validFrom: "2022-01-01",
      validTo: "2022-12-31",
      value: [
        fee(6, "under3", 1_174, 588, "588 ₽ is not half of 1 174 ₽ (587); kept as published."),
        fee(6, "3plus", 1_088, 544),
        fee(9, "under3", 1_830, null),
        fee(9, "3plus", 1_740, null),
      ],
      act: "fee2022",
      source:
        "КМ РТ, средний размер платы на 2022 год [FEE21b] https://regnum.ru/news/3379247; [FEE22] https://www.tatar-inform.ru/news/5837319",
    },
    {
      validFrom: "2024-01-01",
      validTo: "2026-12-31",
      value: [
        fee(3, "under3", 780, 390),
        fee(5, "under3", 1_175, null),
        fee(5, "3plus", 1_082, null),
        fee(9, "under3", 2_020, null),
        fee(9, "3plus", 1_920, null),
        fee(24, "under3", 3_613, null),
        fee(24, "3plus", 2_475, null),
      ],
      act: "fee2024",
      source:
        "КМ РТ, средний размер платы на 2024–2026 годы [FEE24] https://tnv.ru/news/tape/342898; https://rt.rbc.ru/tatarstan/freenews/64f84cf79a794720ace26630",
      note: "The act covers 2024–2026, but the draft for 2026–2028 below takes over from 01.01.2026.",
    },
    {
      validFrom: "2026-01-01",
      validTo: "2028-12-31",
      value: [
        fee(3, "under3", 907, 454),
        fee(3, "3plus", 820, 410),
        fee(9, "under3", 2_348, 1_174),
        fee(9, "3plus", 2_231, 1_116),
        fee(24, "any", 4_199, 2_100, "The source gives one 24 h figure without an age split; used for both bands."),
      ],
      act: "draft2026",
      source:
        "Draft КМ РТ, средний размер платы на 2026–2028 годы (August 2025) [FEE26] https://realnoevremya.ru/news/351116",
      uncertain: true,
      note: "A draft: adoption and final figures not verified. Assumed to replace the 2024–2026 act from 01.01.2026. No 5 h figures were published in it.",
    },
  ],
};

export interface AverageFee {
  amount: Kopecks;
  /** The «многодетная» figure was not published and is half the ordinary one, rounded up to the ruble. */
  derived: boolean;
  uncertain: boolean;
  source: string;
  notes: string[];
}

export interface AverageFeeQuery {
  hours: GroupHours;
  ageBand: AgeBand;
  familyType: FamilyType;
}

/** Half an ordinary fee, rounded up to the whole ruble as the published pairs are (2 157 → 1 079). */
export function halfFeeRoundedUp(ordinary: Kopecks): Kopecks {
  return Math.ceil(ordinary / 200) * 100;
}

/** A group mode the act in force has no figure for: which act, and the modes it does publish. */
export interface MissingFee {
  /** null for an entry that does not name its act. */
  act: FeeAct | null;
  /** The group modes the act has figures for, in its order. */
  published: GroupHours[];
}

/**
 * For a group whose mode has no figure in the act in force: which act, and which modes it has, so
 * that the parent can be told what to do. null when the act has a figure for the mode (or its
 * category), or when no act covers the date.
 */
export function missingFeeAdvice(date: IsoDate, hours: GroupHours): MissingFee | null {
  let entry;
  try {
    entry = entryOn(AVERAGE_PARENTAL_FEE, date);
  } catch {
    return null;
  }
  if (GROUP_MODE_CATEGORY[hours].rows.some((h) => entry.value.some((r) => r.hours === h))) return null;
  return { act: entry.act ?? null, published: [...new Set(entry.value.map((r) => r.hours))] };
}

/** The RT average fee in force on `date` for a group; throws ReferenceDataError if none is set. */
export function averageFeeOn(date: IsoDate, query: AverageFeeQuery): AverageFee {
  const entry = entryOn(AVERAGE_PARENTAL_FEE, date);
  const category = GROUP_MODE_CATEGORY[query.hours];
  const rowHours = category.rows.find((hours) => entry.value.some((r) => r.hours === hours)) ?? query.hours;
  const row =
    entry.value.find((r) => r.hours === rowHours && r.ageBand === query.ageBand) ??
    entry.value.find((r) => r.hours === rowHours && r.ageBand === "any");
  if (!row) {
    throw new ReferenceDataError(
      `${AVERAGE_PARENTAL_FEE.name}: no figure for a ${query.hours} h group, age band ${query.ageBand}, in the act from ${entry.validFrom}`,
    );
  }
  const derived = query.familyType === "large" && row.large === null;
  const amount = query.familyType === "ordinary" ? row.ordinary : (row.large ?? halfFeeRoundedUp(row.ordinary));
  const byCategory = rowHours !== query.hours;
  const notes = [
    entry.note,
    row.note,
    derived ? "Многодетная figure derived as half the ordinary one (§2.3: large families pay half)." : undefined,
    byCategory
      ? `A ${query.hours} h group has no row of its own: the ${rowHours} h row of its category (${category.title}) is used.`
      : undefined,
  ];
  return {
    amount,
    derived,
    uncertain: Boolean(entry.uncertain) || derived || row.ageBand === "any" || byCategory,
    source: entry.source,
    notes: notes.filter((n): n is string => Boolean(n)),
  };
}

// ---------------------------------------------------------------------------------------------
// Basic compensation rates (§2.1, §2.4): the federal floor of ст. 65 ч. 5 273-ФЗ, which RT kept.

export interface CompensationRates {
  /** на первого ребенка, % */
  first: number;
  /** на второго ребенка, % */
  second: number;
  /** на третьего и последующих детей, % */
  thirdAndLater: number;
}

export const BASIC_COMPENSATION_RATES: DatedTable<CompensationRates> = {
  name: "Размер основной компенсации (процент среднего размера платы)",
  entries: [
    {
      validFrom: "2014-01-01",
      value: { first: 20, second: 50, thirdAndLater: 70 },
      source:
        "273-ФЗ ст. 65 ч. 5 [Z273]; КМ РТ от 18.01.2007 № 9 as amended by № 620 of 31.08.2013 [G9], [KM620]; RT kept 20/50/70 from 2014 [TC13], [NAB]",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// МДД — максимально допустимая доля родительской платы, borne by the family (§3.2), by per-capita
// income band and the child's order. Above the last band no additional compensation is paid.

export interface MaxFamilyShareBand {
  /** Upper edge of the band, inclusive: «до 10 000 ₽» includes 10 000,00 ₽. */
  incomeUpTo: Kopecks;
  /** МДД, %, for the 1st, 2nd and 3rd-and-later child. */
  byOrder: readonly [number, number, number];
}

export const MAX_FAMILY_SHARE: DatedTable<readonly MaxFamilyShareBand[]> = {
  name: "МДД — максимально допустимая доля родительской платы",
  entries: [
    {
      validFrom: "2014-01-01",
      value: [
        { incomeUpTo: rubles(10_000), byOrder: [60, 38, 23] },
        { incomeUpTo: rubles(15_000), byOrder: [70, 43, 36] },
        { incomeUpTo: rubles(20_000), byOrder: [80, 53, 53] },
      ],
      source:
        "Formula ДК = Ф × (100 − МДД) % − К and the МДД table [SL] https://deploy.studylib.ru/doc/2719704; bands announced for 01.01.2014 [TC13]",
      uncertain: true,
      note: "Columns read as the child's order (our reading, consistent with [NAB]). The governing act, the paying budget and whether RT still runs it republic-wide are not established (§3.1, §12 item 3).",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Regional monthly child allowance, 2016-era (§4.1). RT amounts were NOT found: the base below is
// a demo figure. Multipliers follow the 81-ФЗ-era structure (Tambov example [TAMB]).

export interface RegionalAllowanceParameters {
  /** Base monthly amount per child. */
  base: Kopecks;
  /** +100 %: child of a single mother («одинокая мать»). */
  singleMotherPercent: number;
  /** +50 %: parent evades alimony («уклонение от уплаты алиментов»). */
  alimonyEvasionPercent: number;
  /** +50 %: child of a conscript soldier («военнослужащий по призыву»). */
  conscriptPercent: number;
  /** Paid until this age… */
  ageLimit: number;
  /** …or until this age while the child is at school. */
  ageLimitAtSchool: number;
}

export const REGIONAL_CHILD_ALLOWANCE: DatedTable<RegionalAllowanceParameters> = {
  name: "Ежемесячное пособие на ребенка (региональное)",
  entries: [
    {
      validFrom: "2016-01-01",
      value: {
        base: rubles(500),
        singleMotherPercent: 200,
        alimonyEvasionPercent: 150,
        conscriptPercent: 150,
        ageLimit: 16,
        ageLimitAtSchool: 18,
      },
      source: "demo, not official — structure per 81-ФЗ ст. 16–17 (from memory) and [TAMB]; 63-ЗРТ [G51], [GZ24]",
      uncertain: true,
      note: "RT amounts not found (§4.1, §12 item 2): the 500 ₽ base is a demo value. Whether RT applies the increments is uncertain.",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Production calendars for deadlines in working days (§6.1). MUST BE UPDATED EVERY YEAR: add the
// next year when the Government adopts its transfer decree (usually in September) and the Раис РТ
// fixes the dates of Ураза-байрам and Курбан-байрам (usually in January). Until then the
// statutory stand-in of calendar.ts is used and deadlines are marked provisional.

const FEDERAL_2026_DAYS_OFF = [
  { date: "2026-01-01", name: "Новогодние каникулы" },
  { date: "2026-01-02", name: "Новогодние каникулы" },
  { date: "2026-01-05", name: "Новогодние каникулы" },
  { date: "2026-01-06", name: "Новогодние каникулы" },
  { date: "2026-01-07", name: "Рождество Христово" },
  { date: "2026-01-08", name: "Новогодние каникулы" },
  { date: "2026-01-09", name: "Выходной, перенесенный с субботы 3 января" },
  { date: "2026-02-23", name: "День защитника Отечества" },
  { date: "2026-03-09", name: "Выходной вместо 8 марта (воскресенье)" },
  { date: "2026-05-01", name: "Праздник Весны и Труда" },
  { date: "2026-05-11", name: "Выходной вместо 9 мая (суббота)" },
  { date: "2026-06-12", name: "День России" },
  { date: "2026-11-04", name: "День народного единства" },
  { date: "2026-12-31", name: "Выходной, перенесенный с воскресенья 4 января" },
] as const;

const FEDERAL_2026_SOURCE =
  "ТК РФ ст. 112; ПП РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году» (no working Saturdays; 247 working days)";

export const RUSSIA_2026: YearCalendar = {
  year: 2026,
  daysOff: FEDERAL_2026_DAYS_OFF,
  workingWeekendDays: [],
  source: FEDERAL_2026_SOURCE,
  note: "Update yearly.",
};

export const TATARSTAN_2026: YearCalendar = {
  year: 2026,
  daysOff: [
    ...FEDERAL_2026_DAYS_OFF,
    { date: "2026-03-20", name: "Ураза-байрам" },
    { date: "2026-05-27", name: "Курбан-байрам" },
    { date: "2026-11-06", name: "День Конституции Республики Татарстан" },
  ].sort((a, b) => a.date.localeCompare(b.date)),
  workingWeekendDays: [],
  source: `${FEDERAL_2026_SOURCE}; Закон РТ от 19.02.1992 № 1448-XII «О праздничных днях и памятных датах РТ»; Указ Раиса РТ on the 2026 dates of Ураза-байрам (20.03) and Курбан-байрам (27.05), January 2026`,
  note: "Update yearly. День Республики (30.08.2026) falls on a Sunday and RT law gives no extra day off.",
};

/** Federal holidays only: for bodies outside Tatarstan's jurisdiction (e.g. СФР's federal deadlines). */
export const RUSSIAN_WORKING_CALENDAR: WorkingCalendar = {
  name: "Российская Федерация",
  tatarstan: false,
  years: [RUSSIA_2026],
};

/** The calendar of RT bodies (РЦМП, territorial social-protection bodies): federal plus RT holidays. */
export const TATARSTAN_WORKING_CALENDAR: WorkingCalendar = {
  name: "Республика Татарстан",
  tatarstan: true,
  years: [TATARSTAN_2026],
};
