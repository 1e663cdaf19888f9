import { describe, expect, it } from "vitest";
import {
  approveForm,
  formObject,
  parseRublesInput,
  reassignForm,
  rejectForm,
  requestDocumentsForm,
  rublesInputValue,
} from "./forms";

describe("the amount field", () => {
  it("reads rubles as people type them, to kopecks", () => {
    expect(parseRublesInput("1920,50")).toBe(192_050);
    expect(parseRublesInput("1 920.5")).toBe(192_050);
    expect(parseRublesInput("1\u00a0920 ₽")).toBe(192_000);
    expect(parseRublesInput("0,07")).toBe(7);
    for (const bad of ["", "abc", "1,2,3", "1920,505", "-5", "1e3"]) expect(parseRublesInput(bad)).toBeNull();
    expect(rublesInputValue(192_050)).toBe("1920,50");
    expect(parseRublesInput(rublesInputValue(7))).toBe(7);
  });
});

describe("decision forms", () => {
  it("«Принять положительное решение» needs an amount above zero, a month and 1–120 months", () => {
    expect(approveForm.parse({ version: "3", amount: "1920,50", startMonth: "2026-12", months: "12" })).toEqual({
      version: 3,
      amount: 192_050,
      startMonth: "2026-12",
      months: 12,
      changeReason: "",
    });
    const bad = approveForm.safeParse({ version: "3", amount: "0", startMonth: "2026-13", months: "0" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages).toEqual([
      ["amount", "Размер выплаты должен быть больше нуля"],
      ["startMonth", "Укажите месяц в формате ГГГГ-ММ"],
      ["months", "Срок — от 1 до 120 месяцев"],
    ]);
    expect(
      approveForm.safeParse({ version: "", amount: "1", startMonth: "2026-12", months: "1" }).error!.issues[0]!.message,
    ).toBe("Обновите страницу заявления");
  });

  it("«Отказать» needs a refusal reason of the catalogue and a comment", () => {
    expect(
      rejectForm.parse({ version: "1", reasonCode: "incomeAboveThreshold", comment: " Доход выше порога " }),
    ).toEqual({ version: 1, reasonCode: "incomeAboveThreshold", comment: "Доход выше порога" });
    const issues = rejectForm
      .safeParse({ version: "1", reasonCode: "", comment: "" })
      .error!.issues.map((issue) => issue.path[0]);
    expect(issues).toEqual(["reasonCode", "comment"]);
    expect(rejectForm.safeParse({ version: "1", reasonCode: "mustApplyInPerson", comment: "x" }).success).toBe(false);
  });

  it("«Запросить документы» needs at least one document and a message; other documents one per line", () => {
    expect(
      requestDocumentsForm.parse({
        version: "2",
        documents: ["birthCertificate", "birthCertificate"],
        otherDocuments: " Справка А \r\n\r\nСправка Б",
        message: "Нужно",
      }),
    ).toEqual({
      version: 2,
      documentCodes: ["birthCertificate"],
      otherDocuments: ["Справка А", "Справка Б"],
      message: "Нужно",
    });
    const none = requestDocumentsForm.safeParse({
      version: "2",
      documents: [],
      otherDocuments: "  ",
      message: "Нужно",
    });
    expect(none.error!.issues).toEqual([
      expect.objectContaining({ path: ["documents"], message: "Отметьте хотя бы один документ или впишите другой" }),
    ]);
    expect(
      requestDocumentsForm.safeParse({ version: "2", documents: ["x"], message: " " }).error!.issues[0]!.message,
    ).toBe("Напишите сообщение заявителю");
  });

  it("«Назначить исполнителя» needs a staff member", () => {
    expect(reassignForm.safeParse({ version: "1", staffId: "" }).error!.issues[0]!.message).toBe(
      "Выберите исполнителя",
    );
  });

  it("reads repeated checkboxes as a list", () => {
    const data = new FormData();
    data.append("documents", "a");
    data.append("documents", "b");
    data.append("message", "m");
    data.append("$ACTION_ID_x", "");
    expect(formObject(data, ["documents"])).toEqual({ documents: ["a", "b"], message: "m" });
  });
});
