import { describe, expect, it } from "vitest";
import { childrenNames, receiptFromApplication, type ApplicationWithBody } from "./receipt";
import { parseApplicationId } from "./receipt-source";

const NOW = new Date("2026-11-24T08:15:00.000Z");

function row(overrides: Partial<ApplicationWithBody> = {}): ApplicationWithBody {
  const created = new Date("2026-11-23T10:00:00.000Z");
  return {
    id: 7,
    number: "16-2026-0000007",
    userId: 3,
    serviceId: "kindergarten-basic",
    status: "submitted",
    version: 2,
    answers: {
      applicant: { lastName: "Хасанова", firstName: "Алия", middleName: "Ринатовна", snils: "112-233-445 95" },
      children: {
        "0.lastName": "Хасанов",
        "0.firstName": "Тимур",
        "1.lastName": "Хасанова",
        "1.firstName": "Амина",
        count: "2",
      },
    },
    completedSteps: [],
    esiaFields: [],
    esiaLevel: "standard",
    territoryId: 1,
    territory: {
      id: 1,
      code: "92601",
      name: "Агрызский муниципальный район",
      kind: "municipal_district",
      administrativeCentre: "г. Агрыз",
      territorialBody: {
        id: 1,
        territoryId: 1,
        name: "Отдел социальной защиты в Агрызском муниципальном районе",
        createdAt: created,
      },
    },
    applicantSurname: "хасанова",
    applicantSnils: "11223344595",
    eligibility: {
      eligible: true,
      amountKopecks: 111_550,
      explanation: ["Основная компенсация: 50 %", 42, "Размер компенсации в месяц: 1 115,50 ₽"],
    },
    amountKopecks: 111_550,
    decisionDue: "2026-12-09",
    assignedStaffId: null,
    createdAt: created,
    updatedAt: created,
    submittedAt: new Date("2026-11-23T21:30:00.000Z"),
    decidedAt: null,
    ...overrides,
  } as ApplicationWithBody;
}

describe("receiptFromApplication", () => {
  it("maps a sent application: number, service title, applicant, children, body, status, dates, amount", () => {
    expect(receiptFromApplication(row(), NOW)).toEqual({
      number: "16-2026-0000007",
      serviceTitle: "Назначение основной компенсации части родительской платы за детский сад",
      submittedAt: "2026-11-23T21:30:00.000Z",
      applicantName: "Хасанова Алия Ринатовна",
      territorialBodyName: "Отдел социальной защиты в Агрызском муниципальном районе",
      statusLabel: "Заявление отправлено",
      decisionDue: "2026-12-09",
      amountKopecks: 111_550,
      eligible: true,
      explanation: ["Основная компенсация: 50 %", "Размер компенсации в месяц: 1 115,50 ₽"],
      children: ["Хасанов Тимур", "Хасанова Амина"],
      generatedAt: "2026-11-24T08:15:00.000Z",
    });
  });

  it("refuses a draft, which has no number and was not received, and an unknown service", () => {
    expect(() => receiptFromApplication(row({ status: "draft", number: null, submittedAt: null }), NOW)).toThrow(
      RangeError,
    );
    expect(() => receiptFromApplication(row({ status: "draft" }), NOW)).toThrow(RangeError);
    expect(() => receiptFromApplication(row({ serviceId: "pension" }), NOW)).toThrow(RangeError);
  });

  it("takes what is there when answers, eligibility or the territory are missing or odd", () => {
    const sparse = receiptFromApplication(
      row({
        answers: { applicant: { lastName: "Иванова", firstName: 5 } },
        eligibility: null,
        decisionDue: "через 10 дней",
        territory: null,
        territoryId: null,
        amountKopecks: null,
        status: "in_review",
      }),
      NOW,
    );
    expect(sparse).toMatchObject({
      applicantName: "Иванова",
      children: [],
      eligible: null,
      explanation: [],
      decisionDue: null,
      territorialBodyName: "Не определен",
      amountKopecks: null,
      statusLabel: "В работе",
    });
    expect(receiptFromApplication(row({ answers: "not an object" }), NOW).applicantName).toBe("Не указан");
    expect(receiptFromApplication(row({ eligibility: { eligible: false, explanation: "text" } }), NOW)).toMatchObject({
      eligible: false,
      explanation: [],
    });
  });
});

describe("children's names in the stored answers", () => {
  it("reads flat form values with or without the list prefix, in index order, skipping rows without a name", () => {
    expect(
      childrenNames({
        "1.firstName": "Амина",
        "1.lastName": "Хасанова",
        "0.lastName": "Хасанов",
        "0.firstName": "Тимур",
        "0.middleName": "Айдарович",
        count: "2",
      }),
    ).toEqual(["Хасанов Тимур Айдарович", "Хасанова Амина"]);
    expect(
      childrenNames({
        "children.10.lastName": "Младший",
        "children.2.lastName": "Старший",
        "children.2.birthDate": "01.01.2020",
        "children.3.birthDate": "01.01.2021",
      }),
    ).toEqual(["Старший", "Младший"]);
  });

  it("reads a list of objects, at the step or under «children»", () => {
    expect(childrenNames([{ lastName: "Хасанов", firstName: "Тимур" }, { firstName: "" }])).toEqual(["Хасанов Тимур"]);
    expect(childrenNames({ children: [{ lastName: "Хасанова", firstName: "Амина" }] })).toEqual(["Хасанова Амина"]);
    expect(childrenNames(undefined)).toEqual([]);
    expect(childrenNames("Тимур")).toEqual([]);
  });
});

describe("application id in the address", () => {
  it("accepts a positive INTEGER only", () => {
    expect(parseApplicationId("1")).toBe(1);
    expect(parseApplicationId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["0", "-1", "01", "1.5", "abc", "2147483648", "99999999999", "", " 1"])
      expect(parseApplicationId(bad), bad).toBeNull();
  });
});
