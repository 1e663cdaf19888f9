import { expect, test } from "@playwright/test";

const PORTAL_NAME = "Портал государственных и муниципальных услуг Республики Татарстан";

test.describe("a visitor opens the portal", () => {
  test("sees the portal's name, the login entry point and the support phones, in Russian", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1, name: PORTAL_NAME })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "8 (843) 5-114-115" })).toHaveAttribute("href", "tel:+78435114115");
    await expect(footer.getByRole("link", { name: "8 (800) 100-70-10" })).toHaveAttribute("href", "tel:+78001007010");
    await expect(page.getByRole("heading", { name: "Назначение ежемесячного пособия на ребенка" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("can skip to the main content with the keyboard, and sees where the focus is", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Перейти к основному содержанию" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    const outline = await skipLink.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("reads the page on a 360 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/territorial-bodies", "/no-such-page"]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("finds the social-protection body of every municipality, read from the database", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Территориальные органы социальной защиты" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Территориальные органы социальной защиты" }),
    ).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(46); // header + 45 municipalities
    await expect(page.getByRole("row", { name: /Агрызский муниципальный район/ })).toContainText(
      "Отдел социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в Агрызском муниципальном районе",
    );
  });

  test("gets a Russian 404 page for an unknown address", async ({ page }) => {
    const response = await page.goto("/uslugi/neizvestnaya");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Перейти на главную страницу" })).toBeVisible();
  });
});

test.describe("the portal's HTTP surface", () => {
  test("health answers 200 with the database up", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  test("every page carries the security headers, with a fresh CSP nonce each time", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await request.get("/");
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"]).toContain("max-age=");
      expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      // Next puts the same nonce on its own scripts; anything without it would be blocked.
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
  });
});
