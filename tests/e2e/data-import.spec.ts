import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "./helpers";

async function addProject(page: Page, title: string): Promise<void> {
  await page.goto("/projects");
  await page.getByRole("button", { name: "Add project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Role").fill("Tech lead");
  await form.getByLabel("Started on").fill("2024-01-15");
  await form.getByRole("checkbox", { name: "Testing" }).check();
  await form.getByRole("button", { name: "Save project" }).click();
  await expect(page.getByRole("region", { name: title, exact: true })).toBeVisible();
}

async function chooseFile(page: Page, name: string, text: string) {
  await page
    .getByLabel("Export file")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("export an account, check the file in another account, import it; a broken file names its place", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/data/export")).status()).toBe(401);
  expect(
    (
      await request.post("/api/data/import", {
        data: "{}",
        headers: { "content-type": "application/json" },
      })
    ).status(),
  ).toBe(401);
  const tooLarge = await request.post("/api/data/import", {
    data: Buffer.alloc(10 * 1024 * 1024 + 1, " "),
    headers: { "content-type": "application/json" },
  });
  expect(tooLarge.status()).toBe(413);
  const schema = await request.get("/api/data/export/schema");
  expect(await schema.json()).toMatchObject({ title: "Trajectory account export" });

  await signUp(page, uniqueEmail("portability-a"));
  await addProject(page, "Ledger migration");
  await page.goto("/settings/data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download account export (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^trajectory-account-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync(await download.path(), "utf8");
  const exported = JSON.parse(text) as { format: string; version: number; projects: { title: string }[] };
  expect(exported).toMatchObject({
    format: "trajectory-account",
    version: 1,
    projects: [{ title: "Ledger migration" }],
  });
  await signOut(page);

  await signUp(page, uniqueEmail("portability-b"));
  await page.goto("/settings/data/import");
  await expect(page.getByRole("heading", { name: "Import an account export" })).toBeVisible();

  await chooseFile(page, "broken.json", text.replace('"version": 1,', '"version": 1,,'));
  await page.getByRole("button", { name: "Check file" }).click();
  const problems = page.getByRole("alert", { name: /The file cannot be imported/ });
  await expect(problems).toContainText(/not valid JSON at line 3, column \d+/);

  await chooseFile(page, "newer.json", text.replace('"version": 1,', '"version": 2,'));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(problems).toContainText("version: unsupported version 2");

  await chooseFile(page, "export.json", text);
  await page.getByRole("button", { name: "Check file" }).click();
  const report = page.getByRole("status", { name: "What the import would do" });
  await expect(report.getByRole("row", { name: /Projects/ }).first()).toContainText("1");
  await page.goto("/projects");
  await expect(page.getByText("No projects yet")).toBeVisible();

  await page.goto("/settings/data/import");
  await chooseFile(page, "export.json", text);
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  await page.goto("/projects");
  await expect(page.getByRole("region", { name: "Ledger migration", exact: true })).toBeVisible();

  await page.goto("/settings/data/import");
  await chooseFile(page, "export.json", text);
  await page.getByRole("button", { name: "Check file" }).click();
  const again = page.getByRole("status", { name: "What the import would do" });
  await expect(again.getByRole("row", { name: "Projects 0 1" })).toBeVisible();
});

test("past 30 uploads an hour the next is a 429 with Retry-After, counted per person", async ({
  page,
  browser,
}) => {
  await signUp(page, uniqueEmail("many-uploads"));
  const upload = (request = page.request) =>
    request.post("/api/data/import", { data: "{}", headers: { "content-type": "application/json" } });
  for (let n = 0; n < 30; n++) expect((await upload()).status()).toBe(422);
  const refused = await upload();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
    /^too many imports; try again in \d+ s$/,
  );
  const other = await (await browser.newContext()).newPage();
  await signUp(other, uniqueEmail("few-uploads"));
  expect((await upload(other.request)).status()).toBe(422);
  await other.context().close();
});
