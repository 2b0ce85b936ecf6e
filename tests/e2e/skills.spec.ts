import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** A day in the month `back` months before this one (UTC, the new account's time zone). */
function dayMonthsAgo(back: number, day: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day)).toISOString().slice(0, 10);
}
const today = () => new Date().toISOString().slice(0, 10);

const skillRow = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });

async function recordAssessment(page: Page, level: string, date: string, link?: string) {
  const form = page.getByRole("form", { name: "Record an assessment" });
  await form.getByLabel("Skill", { exact: true }).selectOption({ label: "Testing" });
  await form.getByLabel("Level", { exact: true }).selectOption({ label: level });
  await form.getByLabel("Assessed on").fill(date);
  if (link) {
    await form.getByLabel("Link").fill(link);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(form.getByRole("button", { name: `Remove evidence ${link}` })).toBeVisible();
  }
  await form.getByRole("button", { name: "Record assessment" }).click();
  await expect(form.getByRole("status")).toContainText(`Testing: ${level} recorded`);
}

test("assess in two clicks and in full, see growth, look back in time, and read a skill's history", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("skills"));
  await page.goto("/skills");
  await expect(page.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();
  await expect(page.getByText("No assessments yet")).toBeVisible();

  // Two clicks: Assess, then a level.
  await page.getByRole("button", { name: "Assess Version Control" }).click();
  await page
    .getByRole("group", { name: "Level for Version Control today" })
    .getByRole("button", { name: "2 · Foundational" })
    .click();
  await expect(page.getByText("Version Control: 2 · Foundational recorded for today.")).toBeVisible();
  await expect(skillRow(page, "Version Control")).toContainText("2/5 · Foundational");
  await expect(page.getByText("No assessments yet")).toBeHidden();

  // The fuller form, three times in three months.
  const first = dayMonthsAgo(2, 10);
  const second = dayMonthsAgo(1, 10);
  await recordAssessment(page, "2 · Foundational", first, "https://example.com/kata");
  await recordAssessment(page, "3 · Working knowledge", second);
  await recordAssessment(page, "4 · Practitioner", today());
  await expect(skillRow(page, "Testing")).toContainText("4/5 · Practitioner");
  await expect(skillRow(page, "Testing")).toContainText("No evidence");

  // Three monthly points for Testing, in the chart and in its text alternative.
  await expect(
    page.getByRole("img", { name: /Growth chart of Testing, Version Control by month/ }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Skill level by month" });
  const months = table.locator("tbody tr");
  await expect(months).toHaveCount(3);
  await expect(months.nth(0)).toContainText("2/5 · Foundational");
  await expect(months.nth(1)).toContainText("3/5 · Working knowledge");
  await expect(months.nth(2)).toContainText("4/5 · Practitioner");
  // Testing has a dot in each of the three months; Version Control only in this one.
  await expect(page.locator(".recharts-line-dot")).toHaveCount(4);

  // The profile as it stood before the last assessment.
  await page.getByLabel("As of").fill(dayMonthsAgo(1, 20));
  await expect(page.getByRole("heading", { name: /Your profile on/ })).toBeVisible();
  await expect(skillRow(page, "Testing")).toContainText("3/5 · Working knowledge");
  await expect(skillRow(page, "Version Control")).toContainText("Not assessed");
  await expect(page.getByRole("button", { name: "Assess Testing" })).toBeHidden();
  await page.getByRole("button", { name: "Back to today" }).click();
  await expect(skillRow(page, "Testing")).toContainText("4/5 · Practitioner");

  // History: newest first with evidence; delete the newest and undo it.
  await page.getByRole("link", { name: "History of Testing" }).click();
  await expect(page.getByRole("heading", { name: "Testing: history" })).toBeVisible();
  const entries = page.getByRole("list", { name: "Assessments of Testing" }).locator(":scope > li");
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText("4/5 · Practitioner");
  await expect(entries.last().getByRole("link", { name: "https://example.com/kata" })).toBeVisible();
  await entries
    .first()
    .getByRole("button", { name: /^Delete the assessment of/ })
    .click();
  await page.getByRole("button", { name: "Delete assessment" }).click();
  await expect(entries).toHaveCount(2);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(entries).toHaveCount(3);
});

test("add an own skill from a suggestion; a duplicate is refused on the name", async ({ page }) => {
  await signUp(page, uniqueEmail("skills-own"));
  await page.goto("/skills");
  const form = page.getByRole("form", { name: "Add your own skill" });
  await form.getByRole("button", { name: "Suggest Docker" }).click();
  await expect(form.getByLabel("Skill name")).toHaveValue("Docker");
  await form.getByLabel("Kind").selectOption("tool");
  await form.getByRole("button", { name: "Add skill" }).click();
  await expect(form.getByRole("status")).toContainText("Docker added");
  await expect(skillRow(page, "Docker")).toContainText("Tool");
  await expect(form.getByRole("button", { name: "Suggest Docker" })).toBeHidden();

  await form.getByLabel("Skill name").fill("docker");
  await form.getByRole("button", { name: "Add skill" }).click();
  await expect(form.getByText("you already have a skill with this name")).toBeVisible();
  await expect(form.getByLabel("Skill name")).toHaveAttribute("aria-invalid", "true");

  // Keyboard only: rename it.
  await page.getByRole("button", { name: "Rename Docker" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("New name for Docker").fill("Docker Compose");
  await page.keyboard.press("Enter");
  await expect(skillRow(page, "Docker Compose")).toBeVisible();
});
