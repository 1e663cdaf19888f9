import { expect, test, type Page } from "@playwright/test";
import {
  estimateAdditionalCompensation,
  estimateBasicCompensation,
  estimateChildAllowance,
  type Estimate,
} from "../lib/benefits/estimate";
import { formatRubles } from "../lib/benefits/money";
import { estimateIn } from "../lib/i18n/estimate-lines";
import { addYears, formatRussianDate, todayInMoscow } from "../lib/validation/calendar-date";
import { expectAccessible, expectAccessibleOnce } from "./support/accessibility";

// «Предварительный расчет»: a parent opens a service, follows «Рассчитать размер выплаты», types
// what they know and reads whether the family probably qualifies, the estimated monthly amount and
// how it was computed. The expected figures come from lib/benefits for today's date, so the spec
// follows the reference data rather than a copy of it.

const today = todayInMoscow();
/** A child of kindergarten age; the expected figures are computed for the same child. */
const childBirthDate = addYears(today, -4);

/** Text with the non-breaking spaces of amounts matching any space the browser reports. */
function loose(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0]+/g, "\\s+"));
}

async function openEstimate(page: Page, serviceId: string, serviceTitle: string) {
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByRole("heading", { level: 1, name: serviceTitle })).toBeVisible();
  await page.getByRole("link", { name: "Рассчитать размер выплаты" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${serviceId}/estimate$`));
  await expect(page.getByRole("heading", { level: 1, name: "Предварительный расчет" })).toBeVisible();
  await expect(page.getByText("Это предварительная оценка, а не решение", { exact: false }).first()).toBeVisible();
  await expectAccessibleOnce(page, `предварительный расчет ${serviceId}`);
}

async function fillKindergarten(page: Page, values: { order: string; count: string; hours: string; fee: string }) {
  await page.getByLabel("Дата рождения ребенка").fill(formatRussianDate(childBirthDate));
  await page.getByLabel("Количество детей в семье").fill(values.count);
  await page.getByLabel("Каким по счету родился ребенок").fill(values.order);
  await page.getByLabel("Режим пребывания в группе").selectOption({ label: values.hours });
  await page.getByLabel("Родительская плата в месяц, ₽").fill(values.fee);
}

/** The result as the person reads it: the verdict, the amount, the lines and the dated data. */
async function expectResult(page: Page, estimate: Estimate) {
  const result = page.getByRole("region", { name: "Результат предварительного расчета" });
  await expect(result).toBeVisible();
  const verdict = {
    eligible: "Вероятно, вы имеете право на выплату",
    ineligible: "Вероятно, права на выплату нет",
    unknown: "Рассчитать выплату заранее нельзя",
  }[estimate.outcome];
  await expect(result).toContainText(verdict);
  if (estimate.amount !== null)
    await expect(result).toContainText(loose(`Ориентировочный размер: ${formatRubles(estimate.amount)} в месяц`));
  await expect(result).toContainText("Это предварительная оценка, а не решение.");
  for (const line of estimateIn("ru", estimate).lines) {
    await expect(result.getByRole("term").filter({ hasText: line.label }).first()).toBeVisible();
    await expect(result).toContainText(loose(line.value));
  }
  for (const reference of estimateIn("ru", estimate).references) {
    await expect(result).toContainText(reference.name);
    if (reference.validity) await expect(result).toContainText(reference.validity);
  }
  if (estimate.uncertain) await expect(result.getByText("Данные неточные:").first()).toBeVisible();
  await expectAccessible(page, `результат расчета (${estimate.outcome})`);
  return result;
}

async function expectApplyLink(page: Page, serviceId: string) {
  const apply = page.getByRole("link", { name: "Подать заявление" });
  await expect(apply).toHaveAttribute("href", `/services/${serviceId}`);
}

test.describe("a parent estimates a benefit before applying (JavaScript on)", () => {
  test("basic kindergarten compensation: the second child in a 9 h group", async ({ page }) => {
    await openEstimate(
      page,
      "kindergarten-basic",
      "Назначение основной компенсации части родительской платы за детский сад",
    );
    await expect(page.getByLabel("Число членов семьи")).toHaveCount(0);
    await fillKindergarten(page, { count: "2", order: "2", hours: "9 ч", fee: "2 500" });
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const expected = estimateBasicCompensation(
      { childBirthDate, childrenCount: 2, childOrder: 2, groupHours: 9, fee: 250_000 },
      today,
    );
    expect(expected.outcome).toBe("eligible");
    await expectResult(page, expected);
    await expect(page.getByRole("region", { name: "Результат предварительного расчета" })).toBeFocused();
    // The figures stay in the form for another try.
    await expect(page.getByLabel("Родительская плата в месяц, ₽")).toHaveValue("2 500");
    await expectApplyLink(page, "kindergarten-basic");
    await page.getByRole("link", { name: "Подать заявление" }).click();
    await expect(page).toHaveURL(/\/services\/kindergarten-basic$/);
  });

  test("additional kindergarten compensation: income per person and the family's share", async ({ page }) => {
    await openEstimate(
      page,
      "kindergarten-additional",
      "Назначение дополнительной компенсации части родительской платы за детский сад",
    );
    await fillKindergarten(page, { count: "1", order: "1", hours: "9 ч", fee: "2 500" });
    await page.getByLabel("Число членов семьи").fill("2");
    await page.getByLabel("Доход семьи за 3 месяца, ₽").fill("54 000");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const expected = estimateAdditionalCompensation(
      {
        childBirthDate,
        childrenCount: 1,
        childOrder: 1,
        groupHours: 9,
        fee: 250_000,
        familySize: 2,
        income: 5_400_000,
      },
      today,
    );
    expect(expected.outcome).toBe("eligible");
    const result = await expectResult(page, expected);
    await expect(result).toContainText("Семья вносит за месяц (Ф − К − ДК)");
    await expectApplyLink(page, "kindergarten-additional");
  });

  test("an invalid figure is caught in the browser, beside its field, and the other figures stay", async ({ page }) => {
    await openEstimate(
      page,
      "kindergarten-basic",
      "Назначение основной компенсации части родительской платы за детский сад",
    );
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await fillKindergarten(page, { count: "2", order: "3", hours: "9 ч", fee: "две тысячи" });
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Исправьте ошибки" }) });
    await expect(
      summary.getByRole("link", {
        name: "Родительская плата в месяц, ₽: Введите сумму в рублях, например 2 500 или 2 500,50",
      }),
    ).toBeVisible();
    const fee = page.getByLabel("Родительская плата в месяц, ₽");
    await expect(fee).toHaveAccessibleDescription(/Введите сумму в рублях, например 2 500 или 2 500,50/);
    await expect(fee).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "расчет: ошибка в браузере");
    await expect(page.getByLabel("Количество детей в семье")).toHaveValue("2");
    await expect(page.getByRole("region", { name: "Результат предварительного расчета" })).toHaveCount(0);
    expect(posts, "react-hook-form ran the schema: nothing was sent").toEqual([]);
    // Corrected, the fee's message goes as it is typed; the order is checked against the count next.
    await fee.fill("2 500");
    await expect(fee).not.toHaveAccessibleDescription(/Введите сумму/);
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await expect(page.getByLabel("Каким по счету родился ребенок")).toHaveAccessibleDescription(
      /Не может быть больше количества детей в семье/,
    );
    await expect(fee).toHaveValue("2 500");
    expect(posts).toEqual([]);
    // Valid now: the figures go to the server, which computes the estimate.
    await page.getByLabel("Каким по счету родился ребенок").fill("1");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await expect(page.getByRole("region", { name: "Результат предварительного расчета" })).toBeVisible();
    expect(posts).toHaveLength(1);
  });
});

test.describe("a parent estimates a benefit with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("monthly child allowance: the means test and the amount per child", async ({ page }) => {
    await openEstimate(page, "child-allowance", "Назначение ежемесячного пособия на ребенка");
    await page.getByLabel("Число членов семьи").fill("4");
    await page.getByLabel("Доход семьи за 3 месяца, ₽").fill("90 000");
    await page.getByLabel("Количество детей до 16 лет").fill("2");
    await page.getByLabel("Категория семьи").selectOption({ label: "Ребенок одинокой матери" });
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const expected = estimateChildAllowance(
      { familySize: 4, income: 9_000_000, childrenCount: 2, category: "singleMother" },
      today,
    );
    const result = await expectResult(page, expected);
    await expect(result).toContainText("демонстрационное значение");
    await expect(page.getByLabel("Категория семьи")).toHaveValue("singleMother");
    await expectApplyLink(page, "child-allowance");
  });

  test("an invalid figure comes back from the server beside its field, with a summary, keeping every value", async ({
    page,
  }) => {
    await openEstimate(
      page,
      "kindergarten-additional",
      "Назначение дополнительной компенсации части родительской платы за детский сад",
    );
    await fillKindergarten(page, { count: "2", order: "1", hours: "24 ч", fee: "3 100,50" });
    await page.getByLabel("Число членов семьи").fill("2");
    await page.getByLabel("Доход семьи за 3 месяца, ₽").fill("75 000");
    await page.getByRole("button", { name: "Рассчитать" }).click();

    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Исправьте ошибки" }) });
    const message = "В семье не меньше 3 человек: вы и 2 ребенка. Проверьте число членов семьи";
    await expect(summary.getByRole("link", { name: `Число членов семьи: ${message}` })).toBeVisible();
    await expect(page.getByLabel("Число членов семьи")).toHaveAccessibleDescription(new RegExp(message));
    await expectAccessible(page, "расчет: ошибка с сервера без JavaScript");
    await expect(page.getByRole("region", { name: "Результат предварительного расчета" })).toHaveCount(0);
    await expect(page.getByLabel("Дата рождения ребенка")).toHaveValue(formatRussianDate(childBirthDate));
    await expect(page.getByLabel("Количество детей в семье")).toHaveValue("2");
    await expect(page.getByLabel("Каким по счету родился ребенок")).toHaveValue("1");
    await expect(page.getByLabel("Режим пребывания в группе")).toHaveValue("24");
    await expect(page.getByLabel("Родительская плата в месяц, ₽")).toHaveValue("3 100,50");
    await expect(page.getByLabel("Доход семьи за 3 месяца, ₽")).toHaveValue("75 000");

    await page.getByLabel("Число членов семьи").fill("3");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const expected = estimateAdditionalCompensation(
      {
        childBirthDate,
        childrenCount: 2,
        childOrder: 1,
        groupHours: 24,
        fee: 310_050,
        familySize: 3,
        income: 7_500_000,
      },
      today,
    );
    await expectResult(page, expected);
  });
});
