import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { signUp, uniqueEmail } from "./helpers";

const FT_FILE = path.resolve(process.cwd(), "../shared/data/ft-engineering-progression/engineering.yml");
const MONZO_FILE = path.resolve(process.cwd(), "../shared/data/monzo-progression-framework/web.md");

test("imports the FT and Monzo files through the form, previewing first; a broken YAML shows its line", async ({
  page,
}) => {
  const ft = parse(fs.readFileSync(FT_FILE, "utf8")) as {
    name: string;
    levels: unknown[];
    themes: unknown[];
  };
  const monzo = parse(fs.readFileSync(MONZO_FILE, "utf8").split(/^---$/m)[1] ?? "") as {
    title: string;
    levels: number;
    topics: unknown[];
  };
  await signUp(page, uniqueEmail("ladders"));
  await page.goto("/levels/ladders");
  await expect(page.getByRole("link", { name: "Backend Developer (2026 guide)" })).toBeVisible();
  await expect(page.getByText("No imported ladders yet")).toBeVisible();

  const form = page.getByRole("form", { name: "Import a ladder" });
  await form.getByLabel("Ladder file").setInputFiles(FT_FILE);
  await expect(form.getByLabel("Format")).toHaveValue("ft-yaml");
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("status")).toContainText(
    `Importing would create “${ft.name}”: ${ft.levels.length} levels, ${ft.themes.length} themes, ${ft.themes.length} competencies`,
  );
  await form.getByRole("button", { name: "Import", exact: true }).click();
  await expect(form.getByRole("status")).toContainText(`Imported “${ft.name}”`);
  await expect(page.getByRole("link", { name: ft.name, exact: true })).toBeVisible();

  await form.getByLabel("Format").selectOption("monzo-markdown");
  await form.getByLabel("Ladder file").setInputFiles(MONZO_FILE);
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("status")).toContainText(
    `${monzo.levels} levels, 0 themes, ${monzo.topics.length} competencies`,
  );
  await form.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("link", { name: monzo.title, exact: true })).toBeVisible();
  await expect(page.getByText(`${monzo.levels} levels · ${monzo.topics.length} competencies`)).toBeVisible();

  await form.getByLabel("Format").selectOption("ft-yaml");
  await form.getByLabel("Ladder file").setInputFiles({
    name: "broken.yml",
    mimeType: "application/x-yaml",
    buffer: Buffer.from("name: Broken\nlevels:\n  - id: [junior\n    name: Junior\n"),
  });
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("alert")).toContainText(/broken\.yml, line \d+: YAML syntax error/);
  await expect(form.getByRole("button", { name: "Import", exact: true })).toBeHidden();

  await page.getByRole("link", { name: ft.name, exact: true }).click();
  await expect(
    page.getByRole("table", { name: "Expected proficiency per level and competency" }),
  ).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Junior Engineer/ })).toBeVisible();

  // Export it, then paste the JSON back in: the tRPC path for small pastes.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: `Export ${ft.name} as JSON` }).click();
  const saved = await (await download).path();
  const json = fs.readFileSync(saved, "utf8");
  await page.getByRole("link", { name: "All ladders" }).click();
  await form.getByLabel("Format").selectOption("trajectory-json");
  await form.getByLabel("Or paste its text").fill(json);
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("status")).toContainText(
    `Importing would create “${ft.name}”: ${ft.levels.length} levels, ${ft.themes.length} themes`,
  );
});

test("the upload route refuses files over 10 MB, other sites and form bodies", async ({ page }) => {
  await signUp(page, uniqueEmail("ladders-route"));
  const url = "/api/ladders/import?format=ft-yaml&fileName=big.yml&dryRun=1";
  const octet = { "content-type": "application/octet-stream" };
  const big = await page.request.post(url, {
    headers: octet,
    data: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61),
  });
  expect(big.status()).toBe(413);
  expect(JSON.stringify(await big.json())).toContain("10 MB");
  const crossSite = await page.request.post(url, {
    headers: { ...octet, origin: "https://evil.example" },
    data: Buffer.from("name: x"),
  });
  expect(crossSite.status()).toBe(403);
  const multipart = await page.request.post(url, { multipart: { file: "name: x" } });
  expect(multipart.status()).toBe(415);
  const small = await page.request.post(url, { headers: octet, data: Buffer.from("levels: [oops") });
  expect(await small.json()).toMatchObject({ ok: false, errors: [{ file: "big.yml", line: 1 }] });
});
