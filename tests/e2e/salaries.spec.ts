import path from "node:path";
import { expect, test } from "@playwright/test";
import { person, signUp, uniqueEmail } from "./helpers";

const DEVOPS_CSV = path.resolve(process.cwd(), "../shared/data/devops-salaries/salaries.csv");

test("import the devops survey through the page, see bands with n and warnings, and place my pay", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("salaries"));
  await page.goto("/levels/pay");
  await expect(page.getByRole("heading", { name: "Salary bands" })).toBeVisible();
  // The seed's bands for the built-in ladder, with their provenance.
  await expect(page.getByText("$60,000 – $85,000")).toBeVisible();
  await expect(page.getByText("$125,000 – $180,000+ (open above)")).toBeVisible();

  await page.getByLabel("Survey CSV file").setInputFiles(DEVOPS_CSV);
  await page.getByLabel("Licence").fill("CC0");
  await page.getByRole("button", { name: "Preview (dry run)" }).click();
  await expect(
    page.getByText(/Preview: 728 rows from salaries\.csv, \d+ bands \(nothing saved\)/),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Preview of the bands" })).toContainText("n =");
  await expect(page.getByText("n = ", { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Import bands" }).click();
  await expect(page.getByText(/Imported: 728 rows from salaries\.csv/)).toBeVisible();
  await expect(page.locator("progress#upload-progress")).toBeVisible();
  const firstTable = page.getByRole("table").first();
  await expect(firstTable).toContainText("n = ");
  await expect(
    page.getByRole("note").filter({ hasText: "Small sample: fewer than 30 salaries" }).first(),
  ).toBeVisible();
  await expect(page.getByText(/salary survey CSV, licence CC0/).first()).toBeVisible();

  await page.getByLabel("Base pay per year").fill("72500");
  await page.getByLabel("Currency").fill("USD");
  await page.getByLabel("Country").fill("US");
  await page.getByRole("button", { name: "Save compensation" }).click();
  await expect(page.getByText("Compensation saved.")).toBeVisible();

  await page.getByLabel("Your level").selectOption({ label: "Entry" });
  await expect(page.getByText(/Your base pay of \$72,500 per year/)).toBeVisible();
});

test("a malformed file is refused with its line and column", async ({ page }) => {
  await signUp(page, uniqueEmail("salaries-bad"));
  await page.goto("/levels/pay");
  await page.getByLabel("Survey CSV file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("work_year,experience_level,salary_in_usd,company_location\n2025,SE,lots,US\n"),
  });
  await page.getByRole("button", { name: "Import bands" }).click();
  await expect(page.getByText('line 2, column salary_in_usd: "lots" is not a number').first()).toBeVisible();
});

test("the import endpoint refuses cross-site posts, other body types and signed-out callers", async ({
  page,
}) => {
  const url = `/api/salaries/import?ladderId=${crypto.randomUUID()}&fileName=x.csv`;
  const signedOut = await page.request.post(url, { headers: { "content-type": "text/csv" }, data: "a\n" });
  expect(signedOut.status()).toBe(401);

  await signUp(page, uniqueEmail("salaries-guard"));
  const crossSite = await page.request.post(url, {
    headers: { "content-type": "text/csv", origin: "https://evil.example" },
    data: "a\n",
  });
  expect(crossSite.status()).toBe(403);
  const json = await page.request.post(url, { headers: { "content-type": "application/json" }, data: "{}" });
  expect(json.status()).toBe(415);
  const missing = await page.request.post(url, { headers: { "content-type": "text/csv" }, data: "a\n" });
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { message: "ladder not found" } });
});

test("with compensation shared, a mentor reads the mentee's pay page without any form", async ({
  browser,
}) => {
  const mentee = await person(browser, "Sam Mentee");
  const mentor = await person(browser, "Sol Mentor");
  await mentee.goto("/levels/pay");
  await mentee.getByLabel("Base pay per year").fill("91234");
  await mentee.getByLabel("Currency").fill("USD");
  await mentee.getByLabel("Country").fill("US");
  await mentee.getByRole("button", { name: "Save compensation" }).click();
  await expect(mentee.getByText("Compensation saved.")).toBeVisible();

  await mentee.goto("/mentoring");
  await mentee
    .getByRole("group", { name: "Sections your mentor may read" })
    .getByRole("checkbox", { name: "Compensation" })
    .check();
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const link = mentee.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  await mentor.goto(new URL(await link.inputValue()).pathname);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);
  await mentor.getByRole("link", { name: "Pay of Sam Mentee" }).click();
  await expect(mentor).toHaveURL(/\/levels\/pay\?mentee=[\w-]+$/);

  await expect(mentor.getByRole("complementary", { name: "Mentor view" })).toContainText("read-only");
  await expect(mentor.getByRole("heading", { name: "Their compensation" })).toBeVisible();
  await expect(mentor.getByText("$91,234", { exact: true })).toBeVisible();
  await expect(mentor.getByRole("button", { name: "Save compensation" })).toHaveCount(0);
  await expect(mentor.getByLabel("Survey CSV file")).toHaveCount(0);
  await mentor.getByLabel("Your level").selectOption({ label: "Entry" });
  await expect(mentor.getByText(/Their base pay of \$91,234 per year/)).toBeVisible();
});
