import type { Level } from "./levels";
import type { ScenarioName } from "./scenarios";

// Seeded ESIA accounts, one or more at every level, with children, documents and addresses in the
// Republic of Tatarstan. All SNILS pass the checksum; every persona's password is DEMO_PASSWORD.
// Stable keys (personaKey) are the test hooks: the picker and the tests choose by them.

export const DEMO_PASSWORD = "Gosuslugi2026";

export interface Persona {
  key: string;
  oid: number;
  title: string;
  level: Level;
  status?: "REGISTERED" | "DELETED";
  scenario?: ScenarioName;
  /** A personal-data check that never finishes: the account stays «на проверке». */
  verifying?: boolean;
  lastName: string;
  firstName: string;
  middleName?: string;
  gender?: "M" | "F";
  birthDate?: string;
  birthPlace?: string;
  citizenship?: string;
  snils?: string;
  inn?: string;
  mobile?: string;
  email?: string;
  passport?: { series: string; number: string; issueDate: string; issueId: string; issuedBy: string };
  addresses?: {
    type: "PRG" | "PLV";
    zipCode: string;
    region: string;
    city?: string;
    district?: string;
    settlement?: string;
    street: string;
    house: string;
    flat?: string;
  }[];
  kids?: {
    lastName: string;
    firstName: string;
    middleName?: string;
    birthDate: string;
    gender: "M" | "F";
    snils?: string;
    birthCert: { series: string; number: string; issueDate: string; issuedBy: string; actNo: string };
  }[];
}

const TATARSTAN = "Республика Татарстан";

export const PERSONAS: readonly Persona[] = [
  {
    key: "simplified",
    oid: 1000300001,
    title: "Упрощенная учетная запись: только телефон",
    level: "simplified",
    lastName: "Сафина",
    firstName: "Лейсан",
    mobile: "+79170000001",
  },
  {
    key: "upgrade",
    oid: 1000300009,
    title: "Упрощенная учетная запись для прохождения проверок и подтверждения личности",
    level: "simplified",
    lastName: "Ахметова",
    firstName: "Диляра",
    mobile: "+79170000009",
  },
  {
    key: "standard",
    oid: 1000300002,
    title: "Стандартная: паспорт и СНИЛС проверены, двое детей, Казань",
    level: "standard",
    lastName: "Хасанова",
    firstName: "Алия",
    middleName: "Ринатовна",
    gender: "F",
    birthDate: "14.03.1990",
    birthPlace: "г. Казань",
    citizenship: "RUS",
    snils: "112-233-445 95",
    mobile: "+79170000002",
    email: "aliya.khasanova@example.ru",
    passport: {
      series: "9210",
      number: "345678",
      issueDate: "21.03.2010",
      issueId: "160005",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "420111",
        region: TATARSTAN,
        city: "г. Казань",
        street: "ул. Баумана",
        house: "19",
        flat: "12",
      },
      {
        type: "PLV",
        zipCode: "420111",
        region: TATARSTAN,
        city: "г. Казань",
        street: "ул. Баумана",
        house: "19",
        flat: "12",
      },
    ],
    kids: [
      {
        lastName: "Хасанов",
        firstName: "Тимур",
        middleName: "Айдарович",
        birthDate: "02.09.2020",
        gender: "M",
        snils: "201-234-567 01",
        birthCert: {
          series: "IV-КБ",
          number: "512345",
          issueDate: "10.09.2020",
          issuedBy: "Отдел ЗАГС Вахитовского района г. Казани",
          actNo: "110201600012345",
        },
      },
      {
        lastName: "Хасанова",
        firstName: "Амина",
        middleName: "Айдаровна",
        birthDate: "17.05.2023",
        gender: "F",
        birthCert: {
          series: "IV-КБ",
          number: "698765",
          issueDate: "25.05.2023",
          issuedBy: "Отдел ЗАГС Вахитовского района г. Казани",
          actNo: "110231600054321",
        },
      },
    ],
  },
  {
    key: "confirmed",
    oid: 1000300003,
    title: "Подтвержденная: личность подтверждена, один ребенок, Набережные Челны",
    level: "confirmed",
    lastName: "Гарипов",
    firstName: "Ильдар",
    middleName: "Маратович",
    gender: "M",
    birthDate: "05.11.1986",
    birthPlace: "г. Набережные Челны",
    citizenship: "RUS",
    snils: "123-456-789 64",
    inn: "165012345678",
    mobile: "+79170000003",
    email: "ildar.garipov@example.ru",
    passport: {
      series: "9206",
      number: "654321",
      issueDate: "18.11.2006",
      issueId: "160036",
      issuedBy: "Отделом УФМС России по Республике Татарстан в г. Набережные Челны",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "423800",
        region: TATARSTAN,
        city: "г. Набережные Челны",
        street: "пр-кт Мира",
        house: "52",
        flat: "108",
      },
    ],
    kids: [
      {
        lastName: "Гарипова",
        firstName: "Алсу",
        middleName: "Ильдаровна",
        birthDate: "11.01.2021",
        gender: "F",
        snils: "212-345-678 37",
        birthCert: {
          series: "III-КБ",
          number: "734512",
          issueDate: "20.01.2021",
          issuedBy: "Управление ЗАГС Кабинета Министров Республики Татарстан, отдел ЗАГС г. Набережные Челны",
          actNo: "110211600098765",
        },
      },
    ],
  },
  {
    key: "large-family",
    oid: 1000300004,
    title: "Подтвержденная: многодетная семья, Альметьевский район",
    level: "confirmed",
    lastName: "Закирова",
    firstName: "Гульнара",
    middleName: "Фаритовна",
    gender: "F",
    birthDate: "23.07.1988",
    birthPlace: "г. Альметьевск",
    citizenship: "RUS",
    snils: "145-234-876 62",
    mobile: "+79170000004",
    passport: {
      series: "9208",
      number: "112233",
      issueDate: "30.07.2008",
      issueId: "160012",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Альметьевском районе",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "423450",
        region: TATARSTAN,
        district: "Альметьевский район",
        city: "г. Альметьевск",
        street: "ул. Ленина",
        house: "101",
        flat: "7",
      },
    ],
    kids: [
      {
        lastName: "Закиров",
        firstName: "Ринат",
        middleName: "Ильшатович",
        birthDate: "14.02.2014",
        gender: "M",
        birthCert: {
          series: "I-КБ",
          number: "401122",
          issueDate: "21.02.2014",
          issuedBy: "Отдел ЗАГС Альметьевского района",
          actNo: "110141600011111",
        },
      },
      {
        lastName: "Закирова",
        firstName: "Диляра",
        middleName: "Ильшатовна",
        birthDate: "03.06.2018",
        gender: "F",
        birthCert: {
          series: "II-КБ",
          number: "433344",
          issueDate: "12.06.2018",
          issuedBy: "Отдел ЗАГС Альметьевского района",
          actNo: "110181600022222",
        },
      },
      {
        lastName: "Закиров",
        firstName: "Карим",
        middleName: "Ильшатович",
        birthDate: "28.12.2022",
        gender: "M",
        birthCert: {
          series: "IV-КБ",
          number: "455566",
          issueDate: "09.01.2023",
          issuedBy: "Отдел ЗАГС Альметьевского района",
          actNo: "110221600033333",
        },
      },
    ],
  },
  {
    key: "verifying",
    oid: 1000300005,
    title: "Данные на проверке: упрощенная, проверка в ПФР и МВД еще идет",
    level: "simplified",
    verifying: true,
    lastName: "Валиев",
    firstName: "Артур",
    middleName: "Рустемович",
    gender: "M",
    birthDate: "09.09.1995",
    snils: "156-789-012 11",
    email: "artur.valiev@example.ru",
  },
  {
    key: "deleted",
    oid: 1000300006,
    title: "Удаленная учетная запись: вход невозможен",
    level: "standard",
    status: "DELETED",
    lastName: "Миннуллин",
    firstName: "Рамиль",
    mobile: "+79170000006",
  },
  {
    key: "server-error",
    oid: 1000300007,
    title: "Сценарий: сбой ЕСИА при выдаче маркера (HTTP 500)",
    level: "confirmed",
    scenario: "token_server_error",
    lastName: "Сбоев",
    firstName: "Тест",
    mobile: "+79170000007",
  },
  {
    key: "refuses-access",
    oid: 1000300008,
    title: "Сценарий: пользователь отказывает системе в доступе (ESIA-007004)",
    level: "standard",
    scenario: "access_denied",
    lastName: "Отказова",
    firstName: "Тест",
    mobile: "+79170000008",
  },
  // Applicants of the application journeys (e2e and demo): each journey uses its own persona, so
  // the one-to-one «Привязка к ЕСИА» of one journey never gets in the way of another.
  {
    key: "family-kazan",
    oid: 1000300010,
    title: "Стандартная: мама двоих детей, детский сад, Казань",
    level: "standard",
    lastName: "Миннахметова",
    firstName: "Эльвира",
    middleName: "Ильдусовна",
    gender: "F",
    birthDate: "22.07.1991",
    birthPlace: "г. Казань",
    citizenship: "RUS",
    snils: "145-678-901 05",
    mobile: "+79170000010",
    email: "elvira.minnakhmetova@example.ru",
    passport: {
      series: "9211",
      number: "456789",
      issueDate: "05.08.2011",
      issueId: "160007",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Советском районе г. Казани",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "420087",
        region: TATARSTAN,
        city: "г. Казань",
        street: "ул. Даурская",
        house: "12",
        flat: "45",
      },
    ],
    kids: [
      {
        lastName: "Миннахметов",
        firstName: "Айрат",
        middleName: "Рустемович",
        birthDate: "14.04.2017",
        gender: "M",
        birthCert: {
          series: "II-КБ",
          number: "612301",
          issueDate: "20.04.2017",
          issuedBy: "Отдел ЗАГС Советского района г. Казани",
          actNo: "110171600061230",
        },
      },
      {
        lastName: "Миннахметова",
        firstName: "Дина",
        middleName: "Рустемовна",
        birthDate: "08.02.2022",
        gender: "F",
        birthCert: {
          series: "IV-КБ",
          number: "623402",
          issueDate: "15.02.2022",
          issuedBy: "Отдел ЗАГС Советского района г. Казани",
          actNo: "110221600062340",
        },
      },
    ],
  },
  {
    key: "family-chelny",
    oid: 1000300011,
    title: "Подтвержденная: папа, один ребенок, Набережные Челны",
    level: "confirmed",
    lastName: "Сабиров",
    firstName: "Ренат",
    middleName: "Фаридович",
    gender: "M",
    birthDate: "30.10.1988",
    birthPlace: "г. Набережные Челны",
    citizenship: "RUS",
    snils: "156-789-012 11",
    mobile: "+79170000011",
    email: "renat.sabirov@example.ru",
    passport: {
      series: "9208",
      number: "567890",
      issueDate: "12.11.2008",
      issueId: "160036",
      issuedBy: "Отделом УФМС России по Республике Татарстан в г. Набережные Челны",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "423812",
        region: TATARSTAN,
        city: "г. Набережные Челны",
        street: "пр-кт Сююмбике",
        house: "21",
        flat: "77",
      },
    ],
    kids: [
      {
        lastName: "Сабирова",
        firstName: "Ясмина",
        middleName: "Ренатовна",
        birthDate: "19.06.2021",
        gender: "F",
        birthCert: {
          series: "III-КБ",
          number: "634503",
          issueDate: "25.06.2021",
          issuedBy: "Отдел ЗАГС г. Набережные Челны",
          actNo: "110211600063450",
        },
      },
    ],
  },
  {
    key: "family-kazan-2",
    oid: 1000300012,
    title: "Стандартная: мама, один ребенок, Казань",
    level: "standard",
    lastName: "Шакирова",
    firstName: "Наиля",
    middleName: "Азатовна",
    gender: "F",
    birthDate: "03.03.1993",
    birthPlace: "г. Казань",
    citizenship: "RUS",
    snils: "267-890-123 16",
    mobile: "+79170000012",
    email: "nailya.shakirova@example.ru",
    passport: {
      series: "9213",
      number: "678901",
      issueDate: "15.03.2013",
      issueId: "160004",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Приволжском районе г. Казани",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "420110",
        region: TATARSTAN,
        city: "г. Казань",
        street: "пр-кт Победы",
        house: "100",
        flat: "5",
      },
    ],
    kids: [
      {
        lastName: "Шакиров",
        firstName: "Эмиль",
        middleName: "Булатович",
        birthDate: "27.09.2021",
        gender: "M",
        birthCert: {
          series: "IV-КБ",
          number: "645604",
          issueDate: "05.10.2021",
          issuedBy: "Отдел ЗАГС Приволжского района г. Казани",
          actNo: "110211600064560",
        },
      },
    ],
  },
  {
    key: "family-link",
    oid: 1000300013,
    title: "Стандартная: для привязки кабинета во время подачи заявления, Альметьевск",
    level: "standard",
    lastName: "Гайнуллина",
    firstName: "Лилия",
    middleName: "Равилевна",
    gender: "F",
    birthDate: "11.12.1989",
    birthPlace: "г. Альметьевск",
    citizenship: "RUS",
    snils: "278-901-234 02",
    mobile: "+79170000013",
    email: "liliya.gainullina@example.ru",
    passport: {
      series: "9209",
      number: "789012",
      issueDate: "20.12.2009",
      issueId: "160022",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Альметьевском районе",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "423450",
        region: TATARSTAN,
        district: "Альметьевский район",
        city: "г. Альметьевск",
        street: "ул. Ленина",
        house: "45",
        flat: "9",
      },
    ],
    kids: [
      {
        lastName: "Гайнуллин",
        firstName: "Тагир",
        middleName: "Маратович",
        birthDate: "01.08.2020",
        gender: "M",
        birthCert: {
          series: "I-КБ",
          number: "656705",
          issueDate: "10.08.2020",
          issuedBy: "Отдел ЗАГС Альметьевского района",
          actNo: "110201600065670",
        },
      },
    ],
  },
  {
    key: "org-head",
    oid: 1000300014,
    title: "Подтвержденная: руководитель ООО «Казанские окна» и индивидуальный предприниматель",
    level: "confirmed",
    lastName: "Хасанов",
    firstName: "Рустем",
    middleName: "Ильдарович",
    gender: "M",
    birthDate: "17.04.1979",
    birthPlace: "г. Казань",
    citizenship: "RUS",
    snils: "148-234-561 67",
    inn: "165512345632",
    mobile: "+79170000014",
    email: "rustem.khasanov@example.ru",
    passport: {
      series: "9204",
      number: "417903",
      issueDate: "30.04.2004",
      issueId: "160005",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани",
    },
    addresses: [
      {
        type: "PRG",
        zipCode: "420111",
        region: TATARSTAN,
        city: "г. Казань",
        street: "ул. Баумана",
        house: "19",
        flat: "4",
      },
    ],
  },
  {
    key: "org-employee",
    oid: 1000300015,
    title: "Подтвержденная: бухгалтер ООО «Казанские окна» и специалист управления соцзащиты",
    level: "confirmed",
    lastName: "Галиева",
    firstName: "Алсу",
    middleName: "Маратовна",
    gender: "F",
    birthDate: "02.09.1991",
    birthPlace: "г. Казань",
    citizenship: "RUS",
    snils: "148-234-572 70",
    mobile: "+79170000015",
    email: "alsu.galieva@example.ru",
    passport: {
      series: "9211",
      number: "538214",
      issueDate: "15.09.2011",
      issueId: "160007",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Советском районе г. Казани",
    },
  },
  {
    key: "org-former",
    oid: 1000300016,
    title: "Подтвержденная: бывший сотрудник ООО «Казанские окна» (уволен)",
    level: "confirmed",
    lastName: "Миронов",
    firstName: "Денис",
    middleName: "Сергеевич",
    gender: "M",
    birthDate: "23.06.1988",
    birthPlace: "г. Зеленодольск",
    citizenship: "RUS",
    snils: "148-234-583 73",
    mobile: "+79170000016",
    email: "denis.mironov@example.ru",
    passport: {
      series: "9208",
      number: "604417",
      issueDate: "01.07.2008",
      issueId: "160019",
      issuedBy: "Отделом УФМС России по Республике Татарстан в Зеленодольском районе",
    },
  },
];

export interface OrganizationPersona {
  oid: number;
  type: "LEGAL" | "BUSINESS" | "AGENCY";
  ogrn: string;
  inn: string;
  kpp?: string;
  fullName: string;
  shortName: string;
  leg?: string;
  agencyType?: string;
  agencyTerRange?: string;
  oktmo?: string;
  branchName?: string;
  zipCode?: string;
  legalAddress: string;
  phone?: string;
  email?: string;
  /** By persona key: position, head or not, access groups; `left` for an ex-employee. */
  employees: {
    personaKey: string;
    position: string;
    chief?: boolean;
    admin?: boolean;
    groups?: string[];
    left?: boolean;
  }[];
}

/** Seeded organisation accounts (ОГРН, ИНН pass their checksums): a company, an entrepreneur, an agency. */
export const ORGANIZATION_PERSONAS: readonly OrganizationPersona[] = [
  {
    oid: 1000400001,
    type: "LEGAL",
    ogrn: "1161690012340",
    inn: "1655123453",
    kpp: "165501001",
    fullName: "Общество с ограниченной ответственностью «Казанские окна»",
    shortName: "ООО «Казанские окна»",
    leg: "12300",
    oktmo: "92701000001",
    zipCode: "420111",
    legalAddress: "Республика Татарстан, г. Казань, ул. Баумана, д. 19, оф. 12",
    phone: "+79170001401",
    email: "office@kazan-okna.example.ru",
    employees: [
      { personaKey: "org-head", position: "Генеральный директор", chief: true, admin: true },
      { personaKey: "org-employee", position: "Главный бухгалтер", groups: ["ACCOUNTANTS"] },
      { personaKey: "org-former", position: "Менеджер по продажам", left: true },
    ],
  },
  {
    oid: 1000400002,
    type: "BUSINESS",
    ogrn: "318169000123456",
    inn: "165512345632",
    fullName: "Индивидуальный предприниматель Хасанов Рустем Ильдарович",
    shortName: "ИП Хасанов Р. И.",
    oktmo: "92701000001",
    zipCode: "420111",
    legalAddress: "Республика Татарстан, г. Казань",
    employees: [{ personaKey: "org-head", position: "Индивидуальный предприниматель", chief: true, admin: true }],
  },
  {
    oid: 1000400003,
    type: "AGENCY",
    ogrn: "1021600012345",
    inn: "1655987654",
    kpp: "165501001",
    fullName:
      "Управление социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в Вахитовском районе г. Казани",
    shortName: "УСЗН в Вахитовском районе г. Казани",
    leg: "75203",
    agencyType: "REGIONAL",
    agencyTerRange: "92000000000",
    oktmo: "92701000001",
    zipCode: "420015",
    legalAddress: "Республика Татарстан, г. Казань, ул. Пушкина, д. 5",
    email: "uszn.vakhitov@example.ru",
    employees: [{ personaKey: "org-employee", position: "Ведущий специалист", groups: ["SOCIAL_SUPPORT"] }],
  },
];
