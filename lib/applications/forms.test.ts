import { describe, expect, it } from "vitest";
import { esiaPerson } from "../esia/testing";
import { acceptFile, attachmentHeaders, attachmentSlotsFor, safeFileName, sniffMediaType } from "./attachments";
import { prefillApplication, territoryFromAddress } from "./prefill";
import { checkStep } from "./schemas";
import { nestValues, nextStep, resumeStep, rowCount } from "./steps";
import { applicationSummary } from "./summary";
import { SAMPLE_PDF, validAnswers, VALID_APPLICANT, VALID_PAYMENT } from "./testing";

const profile = {
  lastName: "Иванова",
  firstName: "Мария",
  middleName: null,
  birthDate: "1990-01-02",
  gender: "F",
  snils: null,
  phone: "+79170000099",
  email: "m@example.ru",
};

describe("steps", () => {
  it("nests repeatable rows in order and closes gaps", () => {
    expect(nestValues({ a: "1", "children.2.lastName": "В", "children.0.lastName": "А" })).toEqual({
      a: "1",
      children: [{ lastName: "А" }, { lastName: "В" }],
    });
    expect(rowCount({ "members.4.x": "" }, "members", 0)).toBe(5);
    expect(nextStep("kindergarten-basic", "children")).toBe("kindergarten");
    expect(nextStep("child-allowance", "children")).toBe("family");
    expect(resumeStep("child-allowance", ["applicant", "address"])).toBe("children");
    expect(
      resumeStep("kindergarten-basic", [
        "applicant",
        "address",
        "children",
        "kindergarten",
        "payment",
        "attachments",
        "consent",
      ]),
    ).toBeNull();
  });
});

describe("step schemas: messages beside the fields", () => {
  it("applicant: SNILS checksum, passport issued before 14, phone", () => {
    const result = checkStep("kindergarten-basic", "applicant", {
      ...VALID_APPLICANT,
      snils: "112-233-445 96",
      phone: "12345",
    });
    expect(result.ok ? null : Object.keys(result.errors).sort()).toEqual(["phone", "snils"]);
    // The cross-field rule speaks once the fields themselves are right.
    const early = checkStep("kindergarten-basic", "applicant", { ...VALID_APPLICANT, passportIssueDate: "01.01.2000" });
    expect(early.ok ? null : early.errors.passportIssueDate).toMatch(/Паспорт выдают с 14 лет/);
  });

  it("payment: only the chosen method's fields are required; the account must fit the BIK", () => {
    expect(checkStep("child-allowance", "payment", { method: "post", bik: "garbage", postOffice: "423450" }).ok).toBe(
      true,
    );
    const bad = checkStep("child-allowance", "payment", { ...VALID_PAYMENT, account: "40817810700000012346" });
    expect(bad.ok ? null : bad.errors).toEqual({
      account: "Проверьте номер счета и БИК: номер счета не соответствует БИК банка",
    });
    const card = checkStep("child-allowance", "payment", { method: "card", card: "4111 1111 1111 1111" });
    expect(card.ok ? null : card.errors.card).toMatch(/«Мир»/);
  });

  it("children: a certificate issued outside Tatarstan is sent to an in-person visit for the basic compensation only", () => {
    const children = { ...validAnswers("kindergarten-basic").children! };
    delete children["children.0.issuedInTatarstan"];
    const basic = checkStep("kindergarten-basic", "children", children);
    expect(basic.ok ? null : basic.errors["children.0.issuedInTatarstan"]).toMatch(/лично в отделении РЦМП/);
    expect(checkStep("child-allowance", "children", children).ok).toBe(true);
  });

  it("family: adult members' consent is needed once a spouse is listed", () => {
    const family = { ...validAnswers("child-allowance").family! };
    delete family.membersConsent;
    const result = checkStep("child-allowance", "family", family);
    expect(result.ok ? null : Object.keys(result.errors)).toEqual(["membersConsent"]);
  });
});

describe("prefill from ESIA", () => {
  it("fills the applicant, documents, address and children and marks them as from ESIA", () => {
    const person = esiaPerson({
      passport: {
        series: "9210",
        number: "345678",
        issueDate: "2010-03-21",
        issueId: "160005",
        issuedBy: "УФМС",
        verified: true,
      },
      addresses: [
        { type: "PRG", text: "420111, Республика Татарстан, г. Казань, ул. Баумана, д. 19", zipCode: "420111" },
      ],
      kids: [
        {
          lastName: "Хасанов",
          firstName: "Тимур",
          middleName: null,
          birthDate: "2020-09-02",
          gender: "M",
          snils: null,
          birthCertificate: { series: "IV-КБ", number: "512345", issueDate: "2020-09-10", issuedBy: "ЗАГС" },
        },
      ],
    });
    const { answers, esiaFields } = prefillApplication(person, profile);
    expect(answers.applicant).toMatchObject({ lastName: "Хасанова", snils: "112-233-445 95" });
    expect(esiaFields).toEqual(
      expect.arrayContaining([
        "applicant.lastName",
        "applicant.snils",
        "applicant.passportSeries",
        "address.postcode",
        "children.children.0.certificateSeries",
      ]),
    );
    expect(answers.applicant?.passportSubdivision).toBe("160-005");
    expect(answers.address?.registrationAddress).toBe("Республика Татарстан, г. Казань, ул. Баумана, д. 19");
    expect(answers.address?.territory).toBe("kazan");
    expect(Object.keys(answers.children ?? {})).toEqual(
      expect.arrayContaining(["children.0.lastName", "children.0.certificateSeries"]),
    );
    expect(esiaFields).not.toContain("children.children.0.issuedInTatarstan");
  });

  it("without ESIA takes what the profile knows and marks nothing", () => {
    const { answers, esiaFields } = prefillApplication(null, profile);
    expect(answers.applicant).toMatchObject({ lastName: "Иванова", birthDate: "02.01.1990", email: "m@example.ru" });
    expect(esiaFields).toEqual([]);
  });

  it("finds the territory in an address", () => {
    expect(territoryFromAddress("423800, Республика Татарстан, г. Набережные Челны, пр-кт Мира")).toBe(
      "naberezhnye-chelny",
    );
    expect(territoryFromAddress("Альметьевский район, г. Альметьевск, ул. Ленина")).toBe("almetevsky");
    expect(territoryFromAddress("г. Москва, ул. Тверская")).toBeNull();
  });
});

describe("summary", () => {
  it("labels every answer, shows choices by name and marks ESIA fields", () => {
    const sections = applicationSummary("kindergarten-basic", validAnswers("kindergarten-basic"), [
      "applicant.lastName",
    ]);
    expect(sections.map((s) => s.stepId)).toEqual([
      "applicant",
      "address",
      "children",
      "kindergarten",
      "payment",
      "consent",
    ]);
    const rows = sections.flatMap((s) => s.rows);
    expect(rows).toContainEqual({ field: "lastName", label: "Фамилия", value: "Хасанова", fromEsia: true });
    expect(rows).toContainEqual({ field: "gender", label: "Пол", value: "Женский", fromEsia: false });
    expect(rows).toContainEqual({
      field: "child",
      label: "Ребенок, посещающий детский сад",
      value: "Хасанова Амина",
      fromEsia: false,
    });
    expect(rows.find((r) => r.label === "БИК банка")?.value).toMatch(/Сбербанк/);
    expect(rows.some((r) => r.label === "Номер карты «Мир»")).toBe(false);
  });
});

describe("attachments", () => {
  it("decides the type by the file's first bytes, not its name", () => {
    expect(sniffMediaType(SAMPLE_PDF)).toBe("application/pdf");
    expect(sniffMediaType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffMediaType(new TextEncoder().encode("<html>"))).toBeNull();
    expect(acceptFile("x.pdf", new TextEncoder().encode("<html>"), 0)).toEqual({ ok: false, problem: "type" });
    expect(acceptFile("x.pdf", new Uint8Array(), 0)).toEqual({ ok: false, problem: "empty" });
    expect(acceptFile("x.pdf", new Uint8Array(5 * 1024 * 1024 + 1), 0)).toEqual({ ok: false, problem: "tooLarge" });
    expect(acceptFile("x.pdf", SAMPLE_PDF, 20)).toEqual({ ok: false, problem: "tooMany" });
  });

  it("stores a safe name and always sends a download", () => {
    expect(safeFileName('..\\..\\evil"name<>.html', "application/pdf")).toBe("evilname.pdf");
    expect(safeFileName("", "image/png")).toBe("document.png");
    const headers = attachmentHeaders({ fileName: "справка.pdf", mediaType: "application/pdf", size: 10 });
    expect(headers["Content-Disposition"]).toBe(
      `attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent("справка.pdf")}`,
    );
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("asks for income documents where the service is means-tested and the guardianship act for guardians", () => {
    expect(attachmentSlotsFor("kindergarten-basic", "mother").filter((s) => s.required)).toEqual([]);
    expect(
      attachmentSlotsFor("child-allowance", "guardian")
        .filter((s) => s.required)
        .map((s) => s.slot),
    ).toEqual(["income", "guardianship"]);
  });
});
