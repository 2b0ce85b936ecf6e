import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const BUILTIN = "Backend Developer (2026 guide) (built in)";
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const readiness = (page: Page, level: string) =>
  page
    .getByRole("list", { name: "Readiness per level" })
    .getByRole("listitem")
    .filter({ has: page.getByText(level, { exact: true }) });

const gapRow = (page: Page, caption: string, competency: string) =>
  page
    .getByRole("table", { name: caption })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${competency}`) }) });

async function quickAssess(page: Page, skill: string, level: string) {
  await page.goto("/skills");
  await page.getByRole("button", { name: `Assess ${skill}` }).click();
  await page
    .getByRole("group", { name: `Level for ${skill} today` })
    .getByRole("button", { name: level })
    .click();
  await expect(page.getByText(`${skill}: ${level} recorded for today.`)).toBeVisible();
}

test("set a goal on the built-in ladder, assess skills, and watch the gaps and readiness move", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("gaps"));
  await page.goto("/levels");
  await expect(page.getByRole("heading", { name: "Levels", level: 1 })).toBeVisible();
  await expect(page.getByText("Assess your skills first")).toBeVisible();
  await expect(page.getByRole("link", { name: "Assess your skills" })).toHaveAttribute("href", "/skills");

  const form = page.getByRole("form", { name: "Your goal" });
  await expect(form.getByLabel("Ladder")).toHaveValue(/.+/);
  await form.getByLabel("Ladder").selectOption({ label: BUILTIN });

  // Errors sit next to their fields: a date in the past, then a target below the current level.
  await form.getByLabel("Current level").selectOption({ label: "Senior" });
  await form.getByLabel("Target level").selectOption({ label: "Entry" });
  await form.getByLabel("Target date").fill(dayFromToday(-10));
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByLabel("Target date")).toHaveAccessibleDescription(
    /use a date that is not in the past/,
  );
  await form.getByLabel("Target date").fill(dayFromToday(180));
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByLabel("Target level")).toHaveAccessibleDescription(
    "choose a level above your current one",
  );

  await form.getByLabel("Current level").selectOption({ label: "Entry" });
  await form.getByLabel("Target level").selectOption({ label: "Senior" });
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByRole("status")).toHaveText("Goal saved.");

  await quickAssess(page, "Testing", "4 · Practitioner");
  await page.goto("/levels");
  await expect(page.getByText("Assess your skills first")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Target level: Senior" })).toBeVisible();
  const testing = gapRow(page, "Gaps at Senior", "Testing");
  await expect(testing).toContainText("4 of 5 — Practitioner");
  await expect(testing.getByRole("cell").nth(2)).toHaveText("None");
  await expect(gapRow(page, "Gaps at Senior", "Version Control")).toContainText("0 of 5 — Not assessed");
  await expect(gapRow(page, "Gaps at Senior", "Version Control").getByRole("cell").nth(2)).toHaveText(
    "4 levels",
  );
  await expect(gapRow(page, "Gaps at Entry", "Testing")).toContainText("2 of 5 — Foundational");
  await expect(readiness(page, "Senior")).toContainText("11% ready · 1 of 9 met");
  await expect(readiness(page, "Entry")).toContainText("11% ready · 1 of 9 met");
  await expect(
    page.getByText("Not yet at Entry: 1 of 9 competencies meet Entry; readiness 11%."),
  ).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Bar chart: Current and expected proficiency at Senior" }),
  ).toBeVisible();
  const work = page.getByRole("list", { name: "Work on next for Senior" });
  await expect(work.getByRole("listitem").first()).toContainText("Problem-solving");

  await quickAssess(page, "Version Control", "2 · Foundational");
  await page.goto("/levels");
  await expect(gapRow(page, "Gaps at Senior", "Version Control")).toContainText("2 of 5 — Foundational");
  await expect(gapRow(page, "Gaps at Senior", "Version Control").getByRole("cell").nth(2)).toHaveText(
    "2 levels",
  );
  await expect(readiness(page, "Senior")).toContainText("17% ready · 1 of 9 met");
  await expect(readiness(page, "Entry")).toContainText("22% ready · 2 of 9 met");
});
