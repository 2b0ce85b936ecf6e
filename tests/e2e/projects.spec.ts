import { expect, type Locator, type Page, test } from "@playwright/test";
import { person, signUp, uniqueEmail } from "./helpers";

const BULLET = "Cut p95 latency of the orders API from 800 ms to 240 ms (\u221270%)";

async function addProject(page: Page, title: string): Promise<Locator> {
  await page.getByRole("button", { name: "Add project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Role").fill("Tech lead");
  await form.getByLabel("Company").fill("Acme");
  await form.getByLabel("Started on").fill("2024-01-15");
  await form.getByLabel("Technologies").fill("Go, PostgreSQL, go");
  await form.getByRole("checkbox", { name: "Testing" }).check();
  await form.getByRole("button", { name: "Save project" }).click();
  const card = page.getByRole("region", { name: title, exact: true });
  await expect(card).toBeVisible();
  return card;
}

async function addOutcome(card: Locator, metric: string, baseline: string, result: string, unit: string) {
  await card.getByRole("button", { name: "Add outcome" }).click();
  const form = card.getByRole("form", { name: "New outcome" });
  await form.getByLabel("Metric").fill(metric);
  await form.getByLabel("Baseline").fill(baseline);
  await form.getByLabel("Result").fill(result);
  await form.getByLabel("Unit").fill(unit);
  await form.getByRole("button", { name: "Add this outcome" }).click();
  await expect(form).toBeHidden();
}

test("a project with a metric gets its bullet; delete and undo; the checker flags a bullet without a number", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("projects"));
  await page.goto("/projects");
  await expect(page.getByText("No projects yet")).toBeVisible();

  const card = await addProject(page, "Orders API rewrite");
  await expect(card.getByText("Go, PostgreSQL", { exact: true })).toBeVisible();
  await expect(card.getByText("Testing", { exact: true })).toBeVisible();
  await expect(card.getByText(/Jan 15, 2024 – ongoing/)).toBeVisible();

  await addOutcome(card, "p95 latency of the orders API", "800", "240", "ms");
  const bullets = card.getByRole("region", { name: "Resume bullets" });
  await expect(bullets.getByText(BULLET, { exact: true })).toBeVisible();
  await expect(card.getByText("800 ms → 240 ms")).toBeVisible();

  const checker = card.getByRole("form", { name: "Check a bullet" });
  await checker.getByLabel("Check a bullet you wrote").fill("Improved the latency of the orders API");
  await checker.getByRole("button", { name: "Check bullet" }).click();
  await expect(checker.getByRole("list", { name: "Issues with this bullet" })).toContainText("No number");
  await checker.getByLabel("Check a bullet you wrote").fill(BULLET);
  await checker.getByRole("button", { name: "Check bullet" }).click();
  await expect(checker.getByText("Looks strong")).toBeVisible();

  await card.getByRole("button", { name: "Delete Orders API rewrite" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete project" }).click();
  await expect(page.getByRole("region", { name: "Orders API rewrite", exact: true })).toBeHidden();
  await expect(page.getByText("No projects yet")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  const restored = page.getByRole("region", { name: "Orders API rewrite", exact: true });
  await expect(restored.getByText(BULLET, { exact: true })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Orders API rewrite", exact: true }).getByText(BULLET, { exact: true }),
  ).toBeVisible();
});

test("errors sit next to their fields, and outcomes reorder with the keyboard", async ({ page }) => {
  await signUp(page, uniqueEmail("projects-form"));
  await page.goto("/projects");
  await page.getByRole("button", { name: "Add project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Title").fill("Billing");
  await form.getByLabel("Role").fill("Engineer");
  await form.getByLabel("Started on").fill("2024-05-01");
  await form.getByLabel("Ended on").fill("2024-04-01");
  await form.getByRole("button", { name: "Save project" }).click();
  await expect(form.getByLabel("Ended on")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("the end date is before the start date")).toBeVisible();
  await form.getByLabel("Ended on").fill("2024-06-01");
  await form.getByRole("button", { name: "Save project" }).click();
  const card = page.getByRole("region", { name: "Billing", exact: true });
  await expect(card).toBeVisible();

  await card.getByRole("button", { name: "Add outcome" }).click();
  const outcome = card.getByRole("form", { name: "New outcome" });
  await outcome.getByLabel("Metric").fill("invoice run time");
  await outcome.getByLabel("Result").fill("lots");
  await outcome.getByRole("button", { name: "Add this outcome" }).click();
  await expect(outcome.getByLabel("Result")).toHaveAttribute("aria-invalid", "true");
  await expect(outcome.getByText("enter a unit")).toBeVisible();
  await outcome.getByRole("button", { name: "Cancel" }).click();

  await addOutcome(card, "invoice run time", "90", "15", "minutes");
  await addOutcome(card, "test coverage", "40", "85", "%");
  const bullets = card.getByRole("region", { name: "Resume bullets" }).getByRole("listitem");
  await expect(bullets).toHaveText([
    /^Cut invoice run time from 90 minutes to 15 minutes \(\u221283%\)/,
    /^Increased test coverage from 40% to 85% \(\+45 percentage points\)/,
  ]);

  const moveUp = card.getByRole("button", { name: "Move up test coverage" });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(bullets.first()).toHaveText(/^Increased test coverage/);
  // Focus stays on the moved outcome: at the top, its "Move down" button.
  await expect(card.getByRole("button", { name: "Move down test coverage" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bullets.first()).toHaveText(/^Cut invoice run time/);
});

test("a mentor reads the mentee's projects read-only, without the company, and comments on one", async ({
  browser,
}) => {
  const mentee = await person(browser, "Pia Mentee");
  const mentor = await person(browser, "Per Mentor");
  await mentee.goto("/projects");
  const own = await addProject(mentee, "Orders API rewrite");
  await addOutcome(own, "p95 latency of the orders API", "800", "240", "ms");

  await mentee.goto("/mentoring");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const link = mentee.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  await mentor.goto(new URL(await link.inputValue()).pathname);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);
  await mentor.getByRole("link", { name: "Projects of Pia Mentee" }).click();
  await expect(mentor).toHaveURL(/\/projects\?mentee=[\w-]+$/);

  const card = mentor.getByRole("region", { name: "Orders API rewrite", exact: true });
  await expect(card.getByText(BULLET, { exact: true })).toBeVisible();
  await expect(card.getByText("Tech lead (company not shared)")).toBeVisible();
  await expect(mentor.getByText("Acme")).toHaveCount(0);
  for (const name of ["Add project", "Add outcome"]) {
    await expect(mentor.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(mentor.getByRole("form", { name: "Check a bullet" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: /^(Edit|Delete|Move up|Move down)/ })).toHaveCount(0);

  await card.getByText("Review comments").click();
  const review = card.getByRole("form", { name: "Comment on this project" });
  await review.getByLabel("Comment").fill("Say **why** the latency mattered.");
  await review.getByRole("button", { name: "Post comment" }).click();
  await expect(card.getByText("why", { exact: true })).toBeVisible();

  await mentee.goto("/projects");
  const mine = mentee.getByRole("region", { name: "Orders API rewrite", exact: true });
  await mine.getByText("Review comments").click();
  await expect(mine.getByRole("region", { name: "Review by Per Mentor" })).toContainText("latency mattered");
});
