// Demo staff accounts, seeded only with the demo data (SEED_DEMO_DATA) and listed in README.md
// «Демо-доступ для сотрудников». The TOTP secrets are fixed and public: for local use only. Tests
// (e2e and integration, this feature's and others') sign in with these and lib/staff/totp.ts.

export const DEMO_STAFF_PASSWORD = "Sotrudnik-2026";

export interface DemoStaff {
  login: string;
  fullName: string;
  role: "caseworker" | "supervisor" | "administrator" | "ministry";
  /** Territory code (lib/reference/territories.ts); null for the administrator and the ministry. */
  territoryCode: string | null;
  totpSecret: string;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    login: "kazan.specialist",
    fullName: "Галиева Эльвира Ринатовна",
    role: "caseworker",
    territoryCode: "kazan",
    totpSecret: "WBZELKWBAC6JYBVZYGNFTFPS52DDDIZZ",
  },
  {
    login: "kazan.specialist2",
    fullName: "Сафин Айдар Ильдарович",
    role: "caseworker",
    territoryCode: "kazan",
    totpSecret: "AANVPIQT5WVQERKD7JXWHFF6VEGHV4NX",
  },
  {
    login: "kazan.supervisor",
    fullName: "Миронова Ольга Викторовна",
    role: "supervisor",
    territoryCode: "kazan",
    totpSecret: "J2STFGXG7BNGESVXF3FSSUNVGO4OFQSB",
  },
  {
    login: "chelny.specialist",
    fullName: "Хабибуллина Лейсан Маратовна",
    role: "caseworker",
    territoryCode: "naberezhnye-chelny",
    totpSecret: "GSSSPPOBLMJTE4RVKL3IFLYG7M5PTW53",
  },
  {
    login: "chelny.supervisor",
    fullName: "Зарипов Рустем Фаридович",
    role: "supervisor",
    territoryCode: "naberezhnye-chelny",
    totpSecret: "ZTOOTQMFICQ7C4VR5B7BUWB6YW2KDHPH",
  },
  {
    login: "admin",
    fullName: "Николаева Татьяна Сергеевна",
    role: "administrator",
    territoryCode: null,
    totpSecret: "FRGKMVFNU2G4SW4ETXRETQ74XA3IH5JE",
  },
  {
    login: "ministry",
    fullName: "Гарипова Диляра Ильшатовна",
    role: "ministry",
    territoryCode: null,
    totpSecret: "D4RMVLKV7YKQPYLVVLQGD557TN33FWYD",
  },
];

export function demoStaff(login: string): DemoStaff {
  const found = DEMO_STAFF.find((staff) => staff.login === login);
  if (!found) throw new Error(`No demo staff account "${login}"`);
  return found;
}
