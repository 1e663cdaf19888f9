import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// The accessibility gate (issue #14): at each page state a journey visits, axe finds no WCAG
// 2.1 A/AA violation, and at 320 CSS pixels the page does not scroll sideways (WCAG 1.4.10).
// Any violation fails the test with axe's own description of what and where.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * `page.evaluate` on the page the person ends up on: a page can still be replaced just after it
 * showed (the mock ESIA's consent page is loaded again as a whole document after the sign-in's
 * redirects), which destroys the context an evaluation started in. Then it runs again once the
 * new document has loaded.
 */
async function evaluateSettled<T>(page: Page, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3 || !/Execution context was destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState("load");
    }
  }
}

async function analyzeLoadedPage(page: Page) {
  for (let attempt = 1; ; attempt++) {
    await page.waitForLoadState("load");
    // After a navigation inside the app the new page's title arrives just after its content; a
    // page that never gets one still fails axe's document-title rule below.
    await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 }).catch(() => undefined);
    try {
      return await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    } catch (error) {
      if (attempt >= 3 || !/Execution context was destroyed|navigat/i.test(String(error))) throw error;
    }
  }
}

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  // A state is checked once its page has loaded: a check started while a redirect chain (ESIA's
  // consent → the portal's callback) is still under way would read a page that is going away.
  const results = await analyzeLoadedPage(page);
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
  expect(violations, `axe on «${state}» (${page.url()})`).toEqual([]);
}

/** The page at 320 px wide has no horizontal scroll; the viewport is put back afterwards. */
export async function expectReflowAt320(page: Page, state: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const { width, widest } = await evaluateSettled(page, () =>
    page.evaluate(() => {
      // The innermost elements that reach past the viewport, so a failure says what to fix.
      const past = [...document.body.querySelectorAll("*")].filter(
        (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
      );
      const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).slice(0, 3).join(".")}` : ""}`;
      return { width: document.documentElement.scrollWidth, widest: innermost.slice(0, 5).map(name) };
    }),
  );
  if (before) await page.setViewportSize(before);
  expect(width, `«${state}» is ${width} px wide at 320 px (${page.url()}): ${widest.join(", ")}`).toBeLessThanOrEqual(
    320,
  );
}

/**
 * Whether the page runs scripts: axe and the width measure wait on page callbacks and timers,
 * which a page opened with JavaScript off never runs. Those states are checked by the journeys
 * with JavaScript on, which pass the same pages. Playwright's own evaluation works either way;
 * an event listener is called only when scripts are on (and no CSP stands in its way).
 */
async function runsScripts(page: Page): Promise<boolean> {
  return evaluateSettled(page, () =>
    page.evaluate(() => {
      let ran = false;
      const probe = document.createElement("button");
      probe.addEventListener("click", () => (ran = true));
      probe.click();
      return ran;
    }),
  );
}

/** Both checks on the state the page is in now (skipped where the page runs no scripts). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  if (!(await runsScripts(page))) return;
  await expectNoAxeViolations(page, state);
  await expectReflowAt320(page, state);
}

const checked = new Set<string>();

/**
 * Both checks, once per state in a test worker: the shared journeys (signing in, each form step,
 * the mock's pages) pass the same states in many specs, and a state checked once is checked.
 */
export async function expectAccessibleOnce(page: Page, state: string): Promise<void> {
  if (checked.has(state) || !(await runsScripts(page))) return;
  checked.add(state);
  await expectAccessible(page, state);
}
