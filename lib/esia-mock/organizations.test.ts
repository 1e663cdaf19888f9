import { describe, expect, it } from "vitest";
import { checkInn } from "../validation/inn";
import { checkOgrn } from "../validation/organization";
import { EsiaProtocolError } from "./errors";
import {
  isValidOgrnip,
  makeOgrnip,
  orgGrantsOf,
  organizationEmployees,
  organizationRegistrationForm,
  organizationRoot,
  orgScopeClaim,
  parseOrgScope,
  registrationRefusal,
  roleOf,
  type EmployeeRecord,
  type OrganizationRecord,
} from "./organizations";
import { ORGANIZATION_PERSONAS, PERSONAS } from "./personas";
import { grantedScopeClaim } from "./scopes";

const ORG: OrganizationRecord = {
  id: 7,
  oid: 1000400001,
  type: "LEGAL",
  ogrn: "1161690012340",
  inn: "1655123453",
  kpp: "165501001",
  fullName: "Общество с ограниченной ответственностью «Казанские окна»",
  shortName: "ООО «Казанские окна»",
  leg: "12300",
  agencyType: null,
  agencyTerRange: null,
  oktmo: "92701000001",
  branchName: null,
  zipCode: "420111",
  legalAddress: "Республика Татарстан, г. Казань, ул. Баумана, д. 19",
  phone: "+79170001401",
  email: "office@kazan-okna.example.ru",
};

const VALID_LEGAL = {
  type: "LEGAL",
  ogrn: "1161690012340",
  inn: "1655123453",
  kpp: "165501001",
  fullName: "Общество с ограниченной ответственностью «Ромашка»",
  shortName: "ООО «Ромашка»",
  zipCode: "",
  legalAddress: "Республика Татарстан, г. Казань",
  phone: "",
  email: "",
  position: "Директор",
};

describe("organisation scopes", () => {
  it("accepts the known org_* scopes of scope_org, once each, and refuses an unknown one with ESIA-007006", () => {
    expect(parseOrgScope("org_shortname org_ogrn org_shortname")).toEqual(["org_shortname", "org_ogrn"]);
    expect(parseOrgScope(undefined)).toEqual([]);
    expect(() => parseOrgScope("org_shortname fullname")).toThrow(EsiaProtocolError);
    expect(() => parseOrgScope("org_secret")).toThrow(/ESIA-007006/);
  });

  it("writes an organisation's scopes with ?org_oid= in the token and reads them back by organisation", () => {
    expect(orgScopeClaim(["org_inn", "org_emps"], 1000400001)).toEqual([
      "org_inn?org_oid=1000400001",
      "org_emps?org_oid=1000400001",
    ]);
    const claim = grantedScopeClaim(["openid", "fullname", "org_inn", "org_emps"], 1000300014, 1000400001);
    expect(claim).toBe("openid fullname?oid=1000300014 org_inn?org_oid=1000400001 org_emps?org_oid=1000400001");
    const grants = orgGrantsOf(claim);
    expect([...grants.keys()]).toEqual([1000400001]);
    expect([...grants.get(1000400001)!]).toEqual(["org_inn", "org_emps"]);
  });

  it("leaves org scopes out of a token issued to a private person", () => {
    expect(grantedScopeClaim(["openid", "fullname", "org_inn"], 1000300014, null)).toBe(
      "openid fullname?oid=1000300014",
    );
  });

  it("ignores forged or malformed org items: unknown scope, no number, a person's ?oid=", () => {
    expect(orgGrantsOf("org_secret?org_oid=1 org_inn?org_oid=abc org_inn?oid=5 fullname?oid=1000300014").size).toBe(0);
  });
});

describe("ОГРНИП", () => {
  it("checks the control digit: first 14 digits mod 13, mod 10", () => {
    expect(isValidOgrnip("318169000123456")).toBe(true);
    expect(isValidOgrnip("318169000123457")).toBe(false);
    expect(isValidOgrnip("31816900012345")).toBe(false);
    expect(makeOgrnip("30416900000001")).toHaveLength(15);
    expect(isValidOgrnip(makeOgrnip("30416900000001"))).toBe(true);
  });
});

describe("«Регистрация учетной записи юридического лица» form", () => {
  it("accepts a company with its КПП and normalises the numbers", () => {
    const parsed = organizationRegistrationForm.parse({ ...VALID_LEGAL, ogrn: "1161690012340 ", kpp: "1655 01 001" });
    expect(parsed).toMatchObject({ type: "LEGAL", ogrn: "1161690012340", inn: "1655123453", kpp: "165501001" });
    expect(parsed.zipCode).toBeUndefined();
  });

  it("refuses a wrong ОГРН, ИНН and a missing КПП of a company, each beside its field", () => {
    const result = organizationRegistrationForm.safeParse({
      ...VALID_LEGAL,
      ogrn: "1161690012341",
      inn: "1655123454",
      kpp: "",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["ogrn", "inn", "kpp"]));
    expect(result.error!.issues.find((issue) => issue.path[0] === "kpp")!.message).toBe("Введите КПП");
  });

  it("takes an entrepreneur with ОГРНИП and a 12-digit ИНН, without КПП", () => {
    const parsed = organizationRegistrationForm.parse({
      ...VALID_LEGAL,
      type: "BUSINESS",
      ogrn: "318169000123456",
      inn: "165512345632",
      kpp: "165501001",
    });
    expect(parsed).toMatchObject({ type: "BUSINESS", kpp: null });
    expect(
      organizationRegistrationForm.safeParse({
        ...VALID_LEGAL,
        type: "BUSINESS",
        ogrn: "1161690012340",
        inn: "165512345632",
      }).success,
    ).toBe(false);
  });

  it("refuses an agency (its account is made by the operator, not a person)", () => {
    expect(organizationRegistrationForm.safeParse({ ...VALID_LEGAL, type: "AGENCY" }).success).toBe(false);
  });
});

describe("who may register", () => {
  it("only a confirmed person; an entrepreneur only as themself; an organisation only once", () => {
    expect(registrationRefusal({ level: "standard", inn: null }, { type: "LEGAL", inn: "1655123453" }, false)).toBe(
      "not_confirmed",
    );
    expect(
      registrationRefusal(
        { level: "confirmed", inn: "165012345678" },
        { type: "BUSINESS", inn: "165512345632" },
        false,
      ),
    ).toBe("not_the_entrepreneur");
    expect(registrationRefusal({ level: "confirmed", inn: null }, { type: "LEGAL", inn: "1655123453" }, true)).toBe(
      "already_registered",
    );
    expect(
      registrationRefusal(
        { level: "confirmed", inn: "165512345632" },
        { type: "BUSINESS", inn: "165512345632" },
        false,
      ),
    ).toBeNull();
  });
});

describe("organisation REST bodies", () => {
  it("opens each field of the root only with its scope", () => {
    const root = organizationRoot(ORG, new Set(["org_shortname", "org_ogrn"]));
    expect(root).toMatchObject({ stateFacts: ["EntityRoot"], oid: ORG.oid, shortName: ORG.shortName, ogrn: ORG.ogrn });
    expect(root).not.toHaveProperty("inn");
    expect(root).not.toHaveProperty("kpp");
    expect(root).not.toHaveProperty("fullName");
  });

  it("lists current employees only, with position and head flag", () => {
    const person = (oid: number, lastName: string) => ({
      oid,
      lastName,
      firstName: "Имя",
      middleName: null,
      snils: null,
      email: null,
    });
    const employees: EmployeeRecord[] = [
      {
        position: "Генеральный директор",
        chief: true,
        admin: true,
        groups: [],
        leftAt: null,
        account: person(1, "Хасанов"),
      },
      {
        position: "Менеджер",
        chief: false,
        admin: false,
        groups: [],
        leftAt: new Date(),
        account: person(2, "Миронов"),
      },
    ];
    const items = organizationEmployees(employees);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 1,
      position: "Генеральный директор",
      chief: true,
      person: { lastName: "Хасанов" },
    });
  });

  it("describes a role from the employee's side", () => {
    expect(
      roleOf(1000300014, {
        position: "Генеральный директор",
        chief: true,
        admin: true,
        leftAt: null,
        organization: ORG,
      }),
    ).toMatchObject({
      oid: ORG.oid,
      prnOid: 1000300014,
      ogrn: ORG.ogrn,
      type: "LEGAL",
      chief: true,
      active: true,
    });
  });
});

describe("seeded organisations", () => {
  it("carry valid numbers and name existing personas as staff", () => {
    const keys = new Set(PERSONAS.map((persona) => persona.key));
    for (const org of ORGANIZATION_PERSONAS) {
      expect(org.type === "BUSINESS" ? isValidOgrnip(org.ogrn) : checkOgrn(org.ogrn).ok, org.shortName).toBe(true);
      expect(checkInn(org.inn, org.type === "BUSINESS" ? "individual" : "legal").ok, org.shortName).toBe(true);
      for (const employee of org.employees) expect(keys.has(employee.personaKey), employee.personaKey).toBe(true);
      expect(org.employees.filter((employee) => employee.chief).length).toBeLessThanOrEqual(1);
    }
  });
});
