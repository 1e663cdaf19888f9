import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { SERVICE_STEPS } from "../lib/applications/steps";
import { SERVICE_IDS } from "../lib/benefits/services";
import { registerCabinet } from "./support/applications";

// The JavaScript budget of the citizen's pages (issue #14): at most 150 kB of scripts as the
// browser downloads them (compressed, headers included, as Lighthouse counts a transfer) when a
// page opens, on every citizen page the journeys visit. What a form loads later, when the person
// starts typing (its zod schema), is not part of the page's first load and is not counted.

const BUDGET_KB = 150;

/**
 * Pages still over the budget, each with the most it may weigh now: the list can only shrink.
 * A form step: 176 kB with next-intl's client and react-hook-form in its first load, 151.4 kB
 * with its words as data and react-hook-form loaded on the form's first use; what is left over
 * the 150 is the step's own field components with the field tables' Russian labels (2.2 kB,
 * the words now come from the catalogue). The estimate fits (159.4 → 147.3 kB). See decision 0016 §10.
 */
const STILL_OVER_KB: { path: RegExp; kB: number }[] = [
  // 151.4, and 152.2 with the error page for a browser without JavaScript that the
  // root layout inserts (components/no-script-error-page.tsx).
  { path: /^\/cabinet\/applications\/\d+\/step\//, kB: 153 },
];

interface Weight {
  kB: number;
  scripts: string[];
}

/**
 * Opens `path` as someone who has never been on the portal (a new browser context: an empty
 * cache) with the cookies `page` holds, and sums the scripts it downloads until the network is quiet.
 */
async function scriptWeight(browser: Browser, page: Page, path: string): Promise<Weight> {
  const context = await browser.newContext({ storageState: await page.context().storageState() });
  const tab = await context.newPage();
  const scripts: Request[] = [];
  tab.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request);
  });
  const response = await tab.goto(path, { waitUntil: "load" });
  // The page itself, not a redirect to another one (the 404 page answers 404 where it is asked).
  expect(response?.status(), `${path} opens`).toBeLessThan(500);
  expect(new URL(tab.url()).pathname, `${path} is not redirected`).toBe(path);
  await tab.waitForLoadState("networkidle");
  const sized = await Promise.all(
    scripts.map(async (request) => {
      const sizes = await request.sizes();
      return { url: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize };
    }),
  );
  await context.close();
  const bytes = sized.reduce((sum, script) => sum + script.bytes, 0);
  return {
    kB: Math.round(bytes / 102.4) / 10,
    scripts: sized.sort((a, b) => b.bytes - a.bytes).map((s) => `${(s.bytes / 1024).toFixed(1)} kB ${s.url}`),
  };
}

/** Every page within the budget; the message lists each page's weight and the scripts of those over it. */
async function expectWithinBudget(browser: Browser, page: Page, paths: readonly string[]) {
  const over: string[] = [];
  const weights = new Map<string, number>();
  for (const path of paths) {
    const weight = await scriptWeight(browser, page, path);
    test.info().annotations.push({ type: "JS kB (gzip)", description: `${path}: ${weight.kB}` });
    console.log(`JS ${weight.kB} kB  ${path}`);
    weights.set(path, weight.kB);
    const allowed = STILL_OVER_KB.find((known) => known.path.test(path))?.kB ?? BUDGET_KB;
    if (weight.kB > allowed) over.push(`${path}: ${weight.kB} kB > ${allowed}\n    ${weight.scripts.join("\n    ")}`);
  }
  expect(over, `pages over ${BUDGET_KB} kB of JavaScript`).toEqual([]);
  // A page listed as still over that now fits is taken off the list (the list only shrinks).
  for (const known of STILL_OVER_KB) {
    const measured = [...weights].filter(([path]) => known.path.test(path)).map(([, kB]) => kB);
    if (measured.length)
      expect(Math.max(...measured), `${known.path} fits the budget now: remove it from STILL_OVER_KB`).toBeGreaterThan(
        BUDGET_KB,
      );
  }
}

test.describe("JavaScript budget of the citizen's pages", () => {
  test("signed out: home, catalogue, each service and its estimate, login, registration, reset, ESIA pages", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto("/");
    await expectWithinBudget(browser, page, [
      "/",
      "/services",
      ...SERVICE_IDS.flatMap((id) => [`/services/${id}`, `/services/${id}/estimate`]),
      "/login",
      "/register",
      "/password-reset",
      "/esia-instruction",
      "/leaflets",
      "/territorial-bodies",
      "/no-such-page",
    ]);
  });

  test("signed in: cabinet, settings, notifications, every step of each service, check your answers", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    await registerCabinet(page, { lastName: "Весова", firstName: "Алина" });
    const paths = ["/cabinet", "/cabinet/applications", "/cabinet/notifications", "/cabinet/settings"];
    paths.push("/cabinet/settings/esia", "/cabinet/settings/notifications");
    for (const serviceId of SERVICE_IDS) {
      await page.goto(`/services/${serviceId}`);
      await page.getByRole("button", { name: "Заполнить заявление" }).click();
      await expect(page).toHaveURL(/\/step\/applicant$/);
      const application = new URL(page.url()).pathname.replace(/\/step\/applicant$/, "");
      paths.push(...SERVICE_STEPS[serviceId].map((step) => `${application}/step/${step}`), `${application}/review`);
    }
    await expectWithinBudget(browser, page, [...new Set(paths)]);
  });

  test("a form step in Tatar", async ({ browser, page }) => {
    await registerCabinet(page, { lastName: "Татарова", firstName: "Гульнара" });
    await page.goto("/services/kindergarten-basic");
    await page.getByRole("button", { name: "Заполнить заявление" }).click();
    await expect(page).toHaveURL(/\/step\/applicant$/);
    const step = new URL(page.url()).pathname;
    await page.goto(`/language?to=tt&back=${encodeURIComponent(step)}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "tt");
    await expectWithinBudget(browser, page, [step, step.replace(/\/step\/applicant$/, "/step/children")]);
  });
});
