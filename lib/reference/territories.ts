// The 45 municipalities of the Republic of Tatarstan: 43 municipal districts and two urban okrugs.
// Each has a territorial social-protection body that receives its residents' applications.
// Reference data: changed by a migration-like edit here plus a re-seed, never at run time.

export type TerritoryKind = "municipal_district" | "urban_okrug";

export interface TerritoryReference {
  code: string;
  name: string;
  kind: TerritoryKind;
  administrativeCentre: string;
}

export const TATARSTAN_TERRITORIES: readonly TerritoryReference[] = [
  { code: "kazan", name: "город Казань", kind: "urban_okrug", administrativeCentre: "Казань" },
  {
    code: "naberezhnye-chelny",
    name: "город Набережные Челны",
    kind: "urban_okrug",
    administrativeCentre: "Набережные Челны",
  },
  {
    code: "agryzsky",
    name: "Агрызский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Агрыз",
  },
  {
    code: "aznakaevsky",
    name: "Азнакаевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Азнакаево",
  },
  {
    code: "aksubaevsky",
    name: "Аксубаевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Аксубаево",
  },
  {
    code: "aktanyshsky",
    name: "Актанышский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Актаныш",
  },
  {
    code: "alekseevsky",
    name: "Алексеевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Алексеевское",
  },
  {
    code: "alkeevsky",
    name: "Алькеевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Базарные Матаки",
  },
  {
    code: "almetevsky",
    name: "Альметьевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Альметьевск",
  },
  {
    code: "apastovsky",
    name: "Апастовский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Апастово",
  },
  { code: "arsky", name: "Арский муниципальный район", kind: "municipal_district", administrativeCentre: "Арск" },
  {
    code: "atninsky",
    name: "Атнинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Большая Атня",
  },
  {
    code: "bavlinsky",
    name: "Бавлинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Бавлы",
  },
  {
    code: "baltasinsky",
    name: "Балтасинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Балтаси",
  },
  {
    code: "bugulminsky",
    name: "Бугульминский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Бугульма",
  },
  { code: "buinsky", name: "Буинский муниципальный район", kind: "municipal_district", administrativeCentre: "Буинск" },
  {
    code: "verkhneuslonsky",
    name: "Верхнеуслонский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Верхний Услон",
  },
  {
    code: "vysokogorsky",
    name: "Высокогорский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Высокая Гора",
  },
  {
    code: "drozhzhanovsky",
    name: "Дрожжановский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Старое Дрожжаное",
  },
  {
    code: "elabuzhsky",
    name: "Елабужский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Елабуга",
  },
  { code: "zainsky", name: "Заинский муниципальный район", kind: "municipal_district", administrativeCentre: "Заинск" },
  {
    code: "zelenodolsky",
    name: "Зеленодольский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Зеленодольск",
  },
  {
    code: "kaybitsky",
    name: "Кайбицкий муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Большие Кайбицы",
  },
  {
    code: "kamsko-ustinsky",
    name: "Камско-Устьинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Камское Устье",
  },
  {
    code: "kukmorsky",
    name: "Кукморский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Кукмор",
  },
  {
    code: "laishevsky",
    name: "Лаишевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Лаишево",
  },
  {
    code: "leninogorsky",
    name: "Лениногорский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Лениногорск",
  },
  {
    code: "mamadyshsky",
    name: "Мамадышский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Мамадыш",
  },
  {
    code: "mendeleevsky",
    name: "Менделеевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Менделеевск",
  },
  {
    code: "menzelinsky",
    name: "Мензелинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Мензелинск",
  },
  {
    code: "muslyumovsky",
    name: "Муслюмовский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Муслюмово",
  },
  {
    code: "nizhnekamsky",
    name: "Нижнекамский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Нижнекамск",
  },
  {
    code: "novosheshminsky",
    name: "Новошешминский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Новошешминск",
  },
  {
    code: "nurlatsky",
    name: "Нурлатский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Нурлат",
  },
  {
    code: "pestrechinsky",
    name: "Пестречинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Пестрецы",
  },
  {
    code: "rybno-slobodsky",
    name: "Рыбно-Слободский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Рыбная Слобода",
  },
  {
    code: "sabinsky",
    name: "Сабинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Богатые Сабы",
  },
  {
    code: "sarmanovsky",
    name: "Сармановский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Сарманово",
  },
  { code: "spassky", name: "Спасский муниципальный район", kind: "municipal_district", administrativeCentre: "Болгар" },
  {
    code: "tetyushsky",
    name: "Тетюшский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Тетюши",
  },
  {
    code: "tukaevsky",
    name: "Тукаевский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Набережные Челны",
  },
  {
    code: "tyulyachinsky",
    name: "Тюлячинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Тюлячи",
  },
  {
    code: "cheremshansky",
    name: "Черемшанский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Черемшан",
  },
  {
    code: "chistopolsky",
    name: "Чистопольский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Чистополь",
  },
  {
    code: "yutazinsky",
    name: "Ютазинский муниципальный район",
    kind: "municipal_district",
    administrativeCentre: "Уруссу",
  },
];

const MINISTRY = "Министерства труда, занятости и социальной защиты Республики Татарстан";

/** «Агрызский муниципальный район» → «Агрызском муниципальном районе»; cities by their own form. */
export function territoryLocative(territory: TerritoryReference): string {
  if (territory.code === "kazan") return "городе Казани";
  if (territory.code === "naberezhnye-chelny") return "городе Набережные Челны";
  return territory.name.replace(/ский муниципальный район$/, "ском муниципальном районе");
}

/** The name of the territory's social-protection body, as on its letterhead. */
export function territorialBodyName(territory: TerritoryReference): string {
  const unit = territory.kind === "urban_okrug" ? "Управление социальной защиты" : "Отдел социальной защиты";
  return `${unit} ${MINISTRY} в ${territoryLocative(territory)}`;
}
