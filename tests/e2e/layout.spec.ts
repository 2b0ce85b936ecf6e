import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";

// Every page, signed in as the demo account (every chart has data) and as its mentor: light and dark, desktop and
// phone. The HTML is the same on both databases, so this runs once, on the embedded one.
test.describe.configure({ mode: "parallel" });

const soft = expect.configure({ soft: true });
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const THEMES = ["light", "dark"] as const;

const STATE_DIR = path.join(process.env.E2E_DATA_DIR ?? "", "layout-sessions");
const demoState = path.join(STATE_DIR, "demo.json");
const mentorState = path.join(STATE_DIR, "mentor.json");
const menteeFile = path.join(STATE_DIR, "mentee-id");

async function trpc(request: APIRequestContext, procedure: string, input: unknown): Promise<unknown> {
  const response = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

/** Signs in the demo account once and gives it a mentor with every scope; both sessions are kept for the pages. */
async function sessions(browser: Browser): Promise<void> {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  // Each worker runs beforeAll; the first to make the lock folder prepares, the others wait for it.
  try {
    fs.mkdirSync(path.join(STATE_DIR, "lock"));
  } catch {
    await expect.poll(() => fs.existsSync(menteeFile), { timeout: 120_000 }).toBe(true);
    return;
  }
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  const demo = await (await browser.newContext()).newPage();
  await signIn(
    demo,
    "demo@trajectory.local",
    fs.readFileSync(path.join(dataDir, "demo-password"), "utf8").trim(),
  );
  await expect(demo).toHaveURL(/\/dashboard$/);
  const scopes = ["skills", "projects", "interviews", "companies", "gaps", "compensation"];
  const invitation = (await trpc(demo.request, "mentoring.invite", { scopes })) as { token: string };
  const mentor = await (await browser.newContext()).newPage();
  await signUp(mentor, uniqueEmail("layout-mentor"));
  await trpc(mentor.request, "mentoring.accept", { token: invitation.token });
  const profile = (await (await demo.request.get("/api/trpc/account.profile")).json()) as {
    result: { data: { json: { id: string } } };
  };
  await demo.context().storageState({ path: demoState });
  await mentor.context().storageState({ path: mentorState });
  fs.writeFileSync(path.join(STATE_DIR, "signed-out.json"), JSON.stringify({ cookies: [], origins: [] }));
  fs.writeFileSync(menteeFile, profile.result.data.json.id);
  await demo.context().close();
  await mentor.context().close();
}

/** The first link on a page whose address matches, e.g. one skill's own page. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((value) => pattern.test(value));
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return href;
}

/** One look at the open page: no axe violation of any impact (when `axe`), no sideways scroll, one header row. */
async function look(page: Page, where: string, axe: boolean): Promise<void> {
  if (axe) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect.soft(found, where).toEqual([]);
  }
  // Polled: right after a resize, charts re-measure on their next ResizeObserver round; a real overflow stays.
  const overflow = () =>
    page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      return scroller.scrollWidth - window.innerWidth;
    });
  await soft.poll(overflow, { message: `${where} scrolls sideways`, timeout: 5_000 }).toBeLessThanOrEqual(0);
  // One row: some horizontal line crosses every item of the page's banner.
  const banner = page.getByRole("banner").locator(":scope > div > *");
  const oneRow = () =>
    banner.evaluateAll((items) => {
      const boxes = items.map((item) => item.getBoundingClientRect()).filter((box) => box.height > 0);
      return (
        boxes.length === 0 || Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom))
      );
    });
  await soft.poll(oneRow, { message: `${where}: the header wraps`, timeout: 5_000 }).toBe(true);
}

/**
 * Opens the page once, then looks at it light and dark, at desktop and phone width (the theme follows the system).
 * Axe runs twice, light on desktop and dark on phone: each theme's contrast and each width's layout once, since
 * axe is most of this suite's time; the cheap layout checks run at all four.
 */
async function checkPage(browser: Browser, state: string, url: string | ((page: Page) => Promise<string>)) {
  const context = await browser.newContext({ storageState: state, colorScheme: "light", viewport: DESKTOP });
  const page = await context.newPage();
  const address = typeof url === "string" ? url : await url(page);
  await page.goto(address);
  await page.waitForLoadState("networkidle");
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    for (const viewport of theme === "light" ? [DESKTOP, PHONE] : [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      const axe = (theme === "light") === (viewport === DESKTOP);
      await look(page, `${address} (${theme}, ${viewport.width} px)`, axe);
    }
  }
  await context.close();
}

const own: [string, string | ((page: Page) => Promise<string>)][] = [
  ["dashboard", "/dashboard"],
  ["skills", "/skills"],
  [
    "a skill",
    async (page) => {
      await page.goto("/skills");
      return firstHref(page, /^\/skills\/[0-9a-f-]{36}$/);
    },
  ],
  ["projects", "/projects"],
  ["interviews", "/interviews"],
  [
    "an application",
    async (page) => {
      await page.goto("/interviews");
      return firstHref(page, /^\/interviews\/[0-9a-f-]{36}$/);
    },
  ],
  ["gap analysis", "/levels"],
  ["ladders", "/levels/ladders"],
  [
    "a ladder",
    async (page) => {
      await page.goto("/levels/ladders");
      return firstHref(page, /^\/levels\/ladders\/[0-9a-f-]{36}$/);
    },
  ],
  ["pay", "/levels/pay"],
  ["review packet", "/levels/packet"],
  ["mentoring", "/mentoring"],
  ["activity log", "/mentoring/activity"],
  ["notifications", "/notifications"],
  ["settings", "/settings"],
  ["security", "/settings/security"],
  ["API tokens", "/settings/api-tokens"],
  ["calendar feed", "/settings/calendar"],
  ["your data", "/settings/data"],
  ["account import", "/settings/data/import"],
];

test.describe("every page is accessible and fits a phone @embedded-only", () => {
  test.beforeAll(async ({ browser }) => sessions(browser));

  for (const [name, url] of own) {
    test(`the mentee's ${name}`, async ({ browser }) => checkPage(browser, demoState, url));
  }

  for (const section of ["/skills", "/projects", "/interviews", "/levels", "/levels/pay"]) {
    test(`the mentor's view of ${section}`, async ({ browser }) => {
      const mentee = fs.readFileSync(menteeFile, "utf8");
      await checkPage(browser, mentorState, `${section}?mentee=${mentee}`);
    });
  }

  for (const url of ["/", "/sign-in", "/sign-up", "/sign-up/check-email", "/sign-up/confirm?token=x"]) {
    test(`signed out: ${url}`, async ({ browser }) => {
      await checkPage(browser, path.join(STATE_DIR, "signed-out.json"), url);
    });
  }
});
