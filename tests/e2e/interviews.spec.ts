import { expect, test, type Page } from "@playwright/test";
import { person, signUp, uniqueEmail } from "./helpers";

async function addApplication(page: Page, company: string, role: string) {
  const opener = page.getByRole("button", { name: "Add application" });
  if (await opener.isVisible()) await opener.click();
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role").fill(role);
  await page.getByRole("button", { name: "Save application" }).click();
  await expect(page.getByText(`Saved ${company} — ${role}.`)).toBeVisible();
}

const column = (page: Page, status: string) => page.getByRole("list", { name: `${status} applications` });
const passRateRow = (page: Page, stage: string) =>
  page
    .getByRole("table", { name: "Pass rate per stage" })
    .getByRole("row", { name: new RegExp(`^${stage}`) });

test("log an application with two rounds, fail one with a reason, and watch the analytics change", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("interviews"));
  await page.goto("/interviews");
  await expect(page.getByText("No applications yet")).toBeVisible();
  await expect(page.getByText("No rounds to analyse yet")).toBeVisible();

  await addApplication(page, "Initech", "Backend Engineer");
  await column(page, "Applied").getByRole("link", { name: "Initech" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initech — Backend Engineer" })).toBeVisible();
  await expect(page.getByText("No rounds yet")).toBeVisible();

  const addRound = page.getByRole("form", { name: "Add a round" });
  await addRound.getByLabel("Stage").selectOption({ label: "Phone screen" });
  await addRound.getByLabel("Scheduled at").fill("2026-01-10T10:00");
  await addRound.getByLabel("Outcome").selectOption({ label: "Passed" });
  await addRound.getByRole("button", { name: "Add round" }).click();
  await expect(addRound.getByText("Round added.")).toBeVisible();

  await addRound.getByLabel("Stage").selectOption({ label: "Technical interview" });
  await addRound.getByLabel("Scheduled at").fill("2026-01-15T14:30");
  await addRound.getByLabel("Testing").check();
  await addRound.getByRole("button", { name: "Add round" }).click();
  const timeline = page.getByRole("list", { name: "Rounds timeline" });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline.getByRole("heading", { level: 3 })).toHaveText([
    "Phone screen",
    "Technical interview",
  ]);

  await page.getByRole("link", { name: "← All applications" }).click();
  await expect(passRateRow(page, "Phone screen")).toContainText("100 %");
  await expect(passRateRow(page, "Technical interview")).toHaveCount(0);
  await expect(page.getByText("No failure reasons recorded yet.")).toBeVisible();
  await expect(page.getByText("Median 5.2 days between consecutive rounds")).toBeVisible();

  await column(page, "Applied").getByRole("link", { name: "Initech" }).click();
  await page.getByRole("button", { name: "Edit Technical interview round" }).click();
  const editRound = page.getByRole("form", { name: "Edit round" });
  await editRound.getByLabel("Outcome").selectOption({ label: "Failed" });
  await editRound.getByLabel("Poor problem-solving").check();
  await editRound.getByLabel("Feedback received (verbatim)").fill("Struggled to break the problem down.");
  await editRound.getByRole("button", { name: "Save round" }).click();
  // The form closes once the server has the round; only then does the timeline show the saved reasons.
  await expect(editRound).toHaveCount(0);
  await expect(timeline.getByText("Failure reasons")).toBeVisible();
  await expect(timeline.getByText("Struggled to break the problem down.")).toBeVisible();

  await page.getByRole("link", { name: "← All applications" }).click();
  await expect(passRateRow(page, "Phone screen")).toContainText("100 %");
  await expect(passRateRow(page, "Technical interview")).toContainText("0 %");
  const ranking = page.getByRole("list", { name: "Failure reasons ranked" });
  await expect(ranking.getByRole("listitem")).toHaveText(["Poor problem-solving: 1 failed round"]);
  const heatmap = page.getByRole("table", { name: /Failed rounds by competency/ });
  await expect(heatmap.getByRole("row", { name: /Testing/ })).toContainText("1");
});

test("a round typed as soon as “Round added” shows is saved as typed", async ({ page }) => {
  await signUp(page, uniqueEmail("interviews-rounds"));
  await page.goto("/interviews");
  await addApplication(page, "Hooli", "Data Engineer");
  await column(page, "Applied").getByRole("link", { name: "Hooli" }).click();

  const addRound = page.getByRole("form", { name: "Add a round" });
  await addRound.getByLabel("Stage").selectOption({ label: "Phone screen" });
  await addRound.getByLabel("Outcome").selectOption({ label: "Passed" });
  await addRound.getByLabel("Feedback received (verbatim)").fill("Clear answers, good questions.");
  await addRound.getByRole("button", { name: "Add round" }).click();
  await expect(addRound.getByText("Round added.")).toBeVisible();

  // No pause: the first round's reset must not wipe what is typed next.
  await addRound.getByLabel("Stage").selectOption({ label: "Technical interview" });
  await addRound.getByLabel("Outcome").selectOption({ label: "Cancelled" });
  await addRound.getByLabel("Feedback received (verbatim)").fill("Rescheduled by the company.");
  await addRound.getByRole("button", { name: "Add round" }).click();

  const rounds = page.getByRole("list", { name: "Rounds timeline" }).getByRole("listitem");
  await expect(rounds).toHaveCount(2);
  await expect(rounds.getByRole("heading", { level: 3 })).toHaveText(["Phone screen", "Technical interview"]);
  await expect(rounds.nth(0).getByText("Passed", { exact: true })).toBeVisible();
  await expect(rounds.nth(0).getByRole("blockquote")).toHaveText("Clear answers, good questions.");
  await expect(rounds.nth(1).getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(rounds.nth(1).getByRole("blockquote")).toHaveText("Rescheduled by the company.");
  // The form is back to its defaults for a third round.
  await expect(addRound.getByLabel("Stage")).toHaveValue("phone-screen");
  await expect(addRound.getByLabel("Outcome")).toHaveValue("pending");
  await expect(addRound.getByLabel("Feedback received (verbatim)")).toHaveValue("");
});

test("move a card to another column with the keyboard alone", async ({ page }) => {
  await signUp(page, uniqueEmail("interviews-board"));
  await page.goto("/interviews");
  await addApplication(page, "Globex", "Platform Engineer");
  const card = column(page, "Applied").getByRole("listitem", { name: "Globex — Platform Engineer" });
  await expect(card).toBeVisible();

  await card.getByLabel("Move to").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(card.getByLabel("Move to")).toHaveValue("offer");
  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Move Globex — Platform Engineer to Offer" })).toBeFocused();
  await page.keyboard.press("Enter");

  const moved = column(page, "Offer").getByRole("listitem", { name: "Globex — Platform Engineer" });
  await expect(moved).toBeVisible();
  await expect(column(page, "Applied").getByRole("listitem")).toHaveCount(0);
  await expect(page.getByTestId("board-announcer")).toHaveText(
    "Moved Globex — Platform Engineer to Offer, at the top.",
  );
  await expect(moved.getByLabel("Move to")).toBeFocused();

  await page.reload();
  await expect(
    column(page, "Offer").getByRole("listitem", { name: "Globex — Platform Engineer" }),
  ).toBeVisible();
});

test("delete an application, then undo", async ({ page }) => {
  await signUp(page, uniqueEmail("interviews-undo"));
  await page.goto("/interviews");
  await addApplication(page, "Umbrella", "SRE");
  await column(page, "Applied").getByRole("link", { name: "Umbrella" }).click();
  await page.getByRole("button", { name: "Delete application" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete application" }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByText("No applications yet")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(column(page, "Applied").getByRole("link", { name: "Umbrella" })).toBeVisible();
});

test("a mentor reads the mentee's interviews read-only, without company names or offer amounts", async ({
  browser,
}) => {
  const mentee = await person(browser, "Mae Mentee");
  const mentor = await person(browser, "Max Mentor");

  await mentee.goto("/interviews");
  await mentee.getByRole("button", { name: "Add application" }).click();
  await mentee.getByLabel("Company").fill("Globex");
  await mentee.getByLabel("Role").fill("Staff Engineer");
  await mentee.getByLabel("Base salary per year").fill("187345");
  await mentee.getByLabel("Currency").fill("EUR");
  await mentee.getByRole("button", { name: "Save application" }).click();
  await expect(mentee.getByText("Saved Globex — Staff Engineer.")).toBeVisible();

  // The default scopes share interviews, but neither company names nor compensation.
  await mentee.goto("/mentoring");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const link = mentee.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  await mentor.goto(new URL(await link.inputValue()).pathname);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);
  await mentor.getByRole("link", { name: "Interviews of Mae Mentee" }).click();
  await expect(mentor).toHaveURL(/\/interviews\?mentee=[\w-]+$/);
  const menteeId = new URL(mentor.url()).searchParams.get("mentee");

  await expect(mentor.getByRole("complementary", { name: "Mentor view" })).toContainText("read-only");
  const card = column(mentor, "Applied").getByRole("listitem", { name: "Company A — Staff Engineer" });
  await expect(card).toBeVisible();
  await expect(mentor.getByText("Globex")).toHaveCount(0);
  await expect(mentor.getByText(/187,345/)).toHaveCount(0);
  await expect(mentor.getByRole("button", { name: "Add application" })).toHaveCount(0);
  await expect(card.getByLabel("Move to")).toHaveCount(0);

  await card.getByRole("link", { name: "Company A" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/interviews/[\\w-]+\\?mentee=${menteeId}$`));
  await expect(mentor.getByRole("heading", { level: 1, name: "Company A — Staff Engineer" })).toBeVisible();
  await expect(mentor.getByText("The company name and notes are not shared with you")).toBeVisible();
  await expect(mentor.getByRole("button", { name: "Edit application" })).toHaveCount(0);
  await expect(mentor.getByRole("button", { name: "Delete application" })).toHaveCount(0);
  await expect(mentor.getByRole("form", { name: "Add a round" })).toHaveCount(0);
  await expect(mentor.getByText(/187,345/)).toHaveCount(0);
  await mentor.getByRole("link", { name: "← All applications" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/interviews\\?mentee=${menteeId}$`));

  // Pay is not shared: the page shows nothing of the mentee's.
  await mentor.goto(`/levels/pay?mentee=${menteeId}`);
  await expect(mentor.getByText("Nothing to show")).toBeVisible();
  await expect(mentor.getByRole("button", { name: "Save compensation" })).toHaveCount(0);

  // The mentee's own page is unchanged.
  await mentee.goto("/interviews");
  await expect(column(mentee, "Applied").getByRole("link", { name: "Globex" })).toBeVisible();
});
