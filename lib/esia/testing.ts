import type { EsiaPerson } from "./person";

/** A person as the portal reads it from ESIA, for tests: the seeded «Хасанова Алия», standard. */
export function esiaPerson(overrides: Partial<EsiaPerson> = {}): EsiaPerson {
  return {
    oid: "1000300002",
    lastName: "Хасанова",
    firstName: "Алия",
    middleName: "Ринатовна",
    birthDate: "1990-03-14",
    gender: "F",
    snils: "112-233-445 95",
    mobile: "+79170000002",
    email: "aliya.khasanova@example.ru",
    passport: null,
    addresses: [],
    kids: [],
    trusted: false,
    verifying: false,
    level: "standard",
    ...overrides,
  };
}
