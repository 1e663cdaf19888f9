// Demo directory of kindergartens (research/benefits.md §11: synthetic; ИНН valid per §9.2). The
// application form offers the kindergartens of the applicant's territory first; a real directory
// would be loaded from the municipal education departments.

export interface KindergartenReference {
  id: string;
  name: string;
  inn: string;
  territoryCode: string;
  address: string;
}

export const DEMO_KINDERGARTENS: readonly KindergartenReference[] = [
  {
    id: "kzn-12",
    name: "МБДОУ «Детский сад № 12 «Солнышко»",
    inn: "1659000011",
    territoryCode: "kazan",
    address: "г. Казань, ул. Баумана, д. 40",
  },
  {
    id: "kzn-87",
    name: "МАДОУ «Детский сад № 87 «Рябинушка»",
    inn: "1659000029",
    territoryCode: "kazan",
    address: "г. Казань, ул. Чистопольская, д. 11",
  },
  {
    id: "kzn-305",
    name: "МАДОУ «Детский сад № 305 комбинированного вида»",
    inn: "1659000036",
    territoryCode: "kazan",
    address: "г. Казань, пр-кт Победы, д. 78",
  },
  {
    id: "nch-5",
    name: "МАДОУ «Детский сад № 5 «Березка»",
    inn: "1650000049",
    territoryCode: "naberezhnye-chelny",
    address: "г. Набережные Челны, пр-кт Мира, д. 30",
  },
  {
    id: "nch-61",
    name: "МАДОУ «Детский сад № 61 «Капелька»",
    inn: "1650000056",
    territoryCode: "naberezhnye-chelny",
    address: "г. Набережные Челны, ул. Шамиля Усманова, д. 9",
  },
  {
    id: "nch-104",
    name: "МАДОУ «Детский сад № 104 «Жемчужинка»",
    inn: "1650000063",
    territoryCode: "naberezhnye-chelny",
    address: "г. Набережные Челны, бул. Энтузиастов, д. 3",
  },
  {
    id: "alm-8",
    name: "МБДОУ «Детский сад № 8 «Ласточка»",
    inn: "1644000072",
    territoryCode: "almetevsky",
    address: "г. Альметьевск, ул. Ленина, д. 85",
  },
  {
    id: "alm-33",
    name: "МБДОУ «Детский сад № 33 «Тургай»",
    inn: "1644000080",
    territoryCode: "almetevsky",
    address: "г. Альметьевск, ул. Гафиатуллина, д. 14",
  },
];

export function kindergartenById(id: string): KindergartenReference | null {
  return DEMO_KINDERGARTENS.find((kindergarten) => kindergarten.id === id) ?? null;
}

/** The territory's kindergartens first, then the rest (a child may attend one in a neighbouring town). */
export function kindergartensFor(territoryCode: string | null): KindergartenReference[] {
  const own = DEMO_KINDERGARTENS.filter((k) => k.territoryCode === territoryCode);
  return [...own, ...DEMO_KINDERGARTENS.filter((k) => k.territoryCode !== territoryCode)];
}
