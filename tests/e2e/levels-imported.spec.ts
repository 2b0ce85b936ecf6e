import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { signUp, uniqueEmail } from "./helpers";

const FT_FILE = path.resolve(process.cwd(), "../shared/data/ft-engineering-progression/engineering.yml");
const MONZO_FILE = path.resolve(process.cwd(), "../shared/data/monzo-progression-framework/web.md");

async function importLadder(page: Page, file: string, format: string, name: string) {
  await page.goto("/levels/ladders");
  const form = page.getByRole("form", { name: "Import a ladder" });
  await form.getByLabel("Format").selectOption(format);
  await form.getByLabel("Ladder file").setInputFiles(file);
  await form.getByRole("button", { name: "Preview" }).click();
  await form.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
}

/** Imported competencies become the user's own skills: assess one so the analysis has data. */
async function assessToday(page: Page, skill: string) {
  await page.goto("/skills");
  await page.getByRole("button", { name: `Assess ${skill}` }).click();
  await page
    .getByRole("group", { name: `Level for ${skill} today` })
    .getByRole("button", { name: /Working knowledge/ })
    .click();
  await expect(page.getByText(`${skill}: 3 · Working knowledge recorded for today.`)).toBeVisible();
}

/** Picks the ladder as the goal, first level to last, and checks the gap page for it. */
async function expectGapPage(page: Page, ladder: string, levels: string[]) {
  const first = levels[0] ?? "";
  const last = levels[levels.length - 1] ?? "";
  await page.goto("/levels");
  const form = page.getByRole("form", { name: "Your goal" });
  await form.getByLabel("Ladder").selectOption({ label: ladder });
  await form.getByLabel("Current level").selectOption({ label: first });
  await form.getByLabel("Target level").selectOption({ label: last });
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByRole("status")).toHaveText("Goal saved.");
  await page.reload();
  await expect(page.getByRole("heading", { name: `Target level: ${last}` })).toBeVisible();
  await expect(page.getByRole("table", { name: `Gaps at ${last}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Readiness per level" }).getByRole("listitem")).toHaveCount(
    levels.length,
  );
}

test("the gap analysis renders for the imported FT and Monzo ladders", async ({ page }) => {
  const ft = parse(fs.readFileSync(FT_FILE, "utf8")) as {
    name: string;
    levels: { name: string }[];
    themes: { name: string }[];
  };
  const monzo = parse(fs.readFileSync(MONZO_FILE, "utf8").split(/^---$/m)[1] ?? "") as {
    title: string;
    levels: number;
  };
  await signUp(page, uniqueEmail("imported-gaps"));

  await importLadder(page, FT_FILE, "ft-yaml", ft.name);
  await assessToday(page, ft.themes[0]?.name ?? "");
  await expectGapPage(
    page,
    ft.name,
    ft.levels.map((level) => level.name),
  );

  await importLadder(page, MONZO_FILE, "monzo-markdown", monzo.title);
  await assessToday(page, "Communication");
  await expectGapPage(
    page,
    monzo.title,
    Array.from({ length: monzo.levels }, (_, index) => `Level ${index + 1}`),
  );
});
