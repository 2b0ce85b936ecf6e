import { expect, type Page, test } from "@playwright/test";
import { person, signUp, uniqueEmail } from "./helpers";

/** A day in the month `back` months before `now`'s (UTC, the new account's time zone). */
function dayMonthsAgo(back: number, day: number, now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day)).toISOString().slice(0, 10);
}

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
  // All three from one clock reading, so a month boundary during the test cannot make it span four months.
  const now = new Date();
  const first = dayMonthsAgo(2, 10, now);
  const second = dayMonthsAgo(1, 10, now);
  await recordAssessment(page, "2 · Foundational", first, "https://example.com/kata");
  await recordAssessment(page, "3 · Working knowledge", second);
  await recordAssessment(page, "4 · Practitioner", now.toISOString().slice(0, 10));
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

test("a mentor reads a mentee's skills read-only, endorses one, and the mentee sees it beside their own", async ({
  browser,
}) => {
  const mentee = await person(browser, "Sam Mentee");
  const mentor = await person(browser, "Rita Mentor");
  await mentee.goto("/skills");
  await mentee.getByRole("button", { name: "Assess Testing" }).click();
  await mentee
    .getByRole("group", { name: "Level for Testing today" })
    .getByRole("button", { name: "4 · Practitioner" })
    .click();
  await expect(mentee.getByText("Testing: 4 · Practitioner recorded for today.")).toBeVisible();

  // Invitation by link with the default scopes (skills and gaps among them).
  await mentee.goto("/mentoring");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const link = mentee.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  await mentor.goto(new URL(await link.inputValue()).pathname);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await mentor
    .getByRole("list", { name: "Your mentees" })
    .getByRole("link", { name: "Skills of Sam Mentee" })
    .click();
  await expect(mentor).toHaveURL(/\/skills\?mentee=[\w-]+$/);
  const menteeId = new URL(mentor.url()).searchParams.get("mentee");

  // Read-only: the levels, and no control that writes.
  await expect(skillRow(mentor, "Testing")).toContainText("4/5 · Practitioner");
  await expect(mentor.getByRole("button", { name: /^Assess / })).toHaveCount(0);
  await expect(mentor.getByRole("form", { name: "Record an assessment" })).toHaveCount(0);
  await expect(mentor.getByRole("form", { name: "Add your own skill" })).toHaveCount(0);

  // The history link keeps the mentee; the mentor endorses Testing at 3.
  await mentor.getByRole("link", { name: "History of Testing" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/skills/[\\w-]+\\?mentee=${menteeId}$`));
  await expect(mentor.getByRole("button", { name: /^Delete the assessment/ })).toHaveCount(0);
  const endorse = mentor.getByRole("form", { name: "Endorse this skill" });
  await endorse.getByLabel("Mentor rating").selectOption({ label: "3 · Working knowledge" });
  await endorse.getByRole("button", { name: "Endorse" }).click();
  const entries = mentor.getByRole("list", { name: "Assessments of Testing" }).locator(":scope > li");
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: "mentor rating by Rita Mentor" })).toContainText(
    "3/5 · Working knowledge",
  );
  const drift = mentor.getByRole("table", { name: /Self and mentor ratings of Testing/ });
  await expect(drift.getByRole("row").last()).toContainText("Mentor 1 level lower");
  await expect(
    mentor.getByRole("img", { name: "Chart of self and mentor ratings of Testing over time" }),
  ).toBeVisible();

  // The mentee: self level unchanged, the mentor's beside it, and not deletable.
  await mentee.goto("/skills");
  await expect(skillRow(mentee, "Testing")).toContainText("4/5 · Practitioner");
  await expect(skillRow(mentee, "Testing").getByRole("cell").nth(3)).toContainText("3/5 · Working knowledge");
  await mentee.getByRole("link", { name: "History of Testing" }).click();
  const own = mentee.getByRole("list", { name: "Assessments of Testing" }).locator(":scope > li");
  await expect(own).toHaveCount(2);
  await expect(own.filter({ hasText: "mentor rating by Rita Mentor" }).getByRole("button")).toHaveCount(0);
  await expect(own.filter({ hasText: "self-assessed" }).getByRole("button", { name: /^Delete/ })).toHaveCount(
    1,
  );

  // Gap analysis by the lower of the two: Testing drops from 4 to 3, for the mentee and the mentor alike.
  await mentee.goto("/levels");
  const goal = mentee.getByRole("form", { name: "Your goal" });
  await goal.getByLabel("Current level").selectOption({ label: "Entry" });
  await goal.getByLabel("Target level").selectOption({ label: "Senior" });
  await goal.getByRole("button", { name: "Save goal" }).click();
  await expect(goal.getByRole("status")).toHaveText("Goal saved.");
  for (const page of [mentee, mentor]) {
    await page.goto(page === mentor ? `/levels?mentee=${menteeId}` : "/levels");
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /^Testing/ }) })
      .first();
    await expect(row).toContainText("4 of 5 — Practitioner");
    await page.getByRole("radio", { name: /The lower of the two/ }).check();
    await expect(row).toContainText("3 of 5 — Working knowledge");
  }
  await expect(mentor.getByRole("form", { name: "Your goal" })).toHaveCount(0);

  // The mentor withdraws the rating; the mentee's page no longer shows it.
  await mentor.goto(`/skills?mentee=${menteeId}`);
  await mentor.getByRole("link", { name: "History of Testing" }).click();
  const mentorEntries = mentor.getByRole("list", { name: "Assessments of Testing" }).locator(":scope > li");
  await expect(mentorEntries.filter({ hasText: "self-assessed" }).getByRole("button")).toHaveCount(0);
  await mentorEntries.getByRole("button", { name: /^Withdraw your rating of/ }).click();
  await mentor.getByRole("alertdialog").getByRole("button", { name: "Withdraw rating" }).click();
  await expect(mentorEntries).toHaveCount(1);
  await mentee.goto("/skills");
  const mentorCell = skillRow(mentee, "Testing").getByRole("cell").nth(3);
  await expect(mentorCell).toBeVisible();
  await expect(mentorCell).not.toContainText("Working knowledge");
});
