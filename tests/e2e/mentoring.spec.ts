import { type Dialog, expect, type Page, test } from "@playwright/test";
import { PASSWORD, person, signUpAs, uniqueEmail } from "./helpers";
import { expirableServer } from "./mentoring-expiry";

/** Creates an invitation on /mentoring and returns the path of its link (the host is the server's own). */
async function createInvitation(page: Page): Promise<string> {
  await page.goto("/mentoring");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  return new URL(await link.inputValue()).pathname;
}

const banner = (page: Page) => page.getByRole("complementary", { name: "Mentor view" });

test("a mentee invites a mentor by link; the mentor accepts, reads what is shared, and loses it on revocation", async ({
  browser,
}) => {
  const mentee = await person(browser, "Mia Mentee");
  const mentor = await person(browser, "Otto Mentor");

  // Something of the mentee's for the mentor to read.
  await mentee.goto("/skills");
  await mentee.getByRole("button", { name: "Assess Version Control" }).click();
  await mentee
    .getByRole("group", { name: "Level for Version Control today" })
    .getByRole("button", { name: "2 · Foundational" })
    .click();
  await expect(mentee.getByText("Version Control: 2 · Foundational recorded for today.")).toBeVisible();

  // Compensation and company names are shared only when the mentee ticks them.
  await mentee.goto("/mentoring");
  const form = mentee.getByRole("group", { name: "Sections your mentor may read" });
  await expect(form.getByRole("checkbox", { name: "Compensation" })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Company names" })).not.toBeChecked();
  await expect(form.getByText("Shares your salary and your offers.")).toBeVisible();
  await mentee.getByLabel("Mentor's email (optional)").fill("not an email");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  await expect(mentee.getByText("enter a valid email address")).toBeVisible();
  await expect(mentee.getByLabel("Invitation link")).toHaveCount(0);
  const invitePath = await createInvitation(mentee);
  await expect(mentee.getByText("Not emailed: send the link yourself.")).toBeVisible();
  await expect(mentee.getByText("Link without email · Pending")).toBeVisible();

  // Nobody mentors themselves.
  await mentee.goto(invitePath);
  await expect(mentee.getByRole("main").getByRole("alert")).toContainText("You cannot mentor yourself");

  await mentor.goto(invitePath);
  await expect(mentor.getByRole("heading", { name: "Mia Mentee invited you to mentor them" })).toBeVisible();
  await expect(mentor.getByText("Skills, Projects, Interviews, Gap analysis")).toBeVisible();
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);
  const mentees = mentor.getByRole("list", { name: "Your mentees" });
  await expect(mentees.getByRole("heading", { name: "Mia Mentee" })).toBeVisible();

  // The link worked once.
  await mentor.goto(invitePath);
  await expect(mentor.getByRole("main").getByRole("alert")).toHaveText(
    "This invitation has already been used.",
  );

  // The mentee sees the new mentor and a notification.
  await mentee.goto("/mentoring");
  await expect(
    mentee.getByRole("list", { name: "Your mentors" }).getByRole("heading", { name: "Otto Mentor" }),
  ).toBeVisible();
  await mentee.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(mentee.getByRole("link", { name: /Otto Mentor accepted your invitation/ })).toBeVisible();
  await mentee.getByRole("button", { name: "Mark all as read" }).click();
  await expect(mentee.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  // The mentor reads the mentee's skills, read-only.
  await mentor.goto("/mentoring");
  await mentees.getByRole("link", { name: "Skills of Mia Mentee" }).click();
  await expect(mentor).toHaveURL(/\/skills\?mentee=[\w-]+$/);
  const skillsUrl = mentor.url();
  const menteeId = new URL(skillsUrl).searchParams.get("mentee");
  await expect(banner(mentor)).toContainText("Viewing Mia Mentee’s skills · read-only");
  await expect(mentor.getByText("2/5 · Foundational").first()).toBeVisible();

  // The mentor endorses the skill and comments on it (Markdown); the mentee sees both on the same page.
  await mentor.getByRole("link", { name: "History of Version Control" }).click();
  const endorse = mentor.getByRole("form", { name: "Endorse this skill" });
  await endorse.getByLabel("Mentor rating").selectOption({ label: "3 · Working knowledge" });
  await endorse.getByRole("button", { name: "Endorse" }).click();
  await expect(mentor.getByText("mentor rating by Otto Mentor")).toBeVisible();
  const review = mentor.getByRole("region", { name: "Your review" });
  await review
    .getByRole("textbox", { name: "Comment" })
    .fill("Good **branching** habits; read [the guide](https://git-scm.com/book).");
  await review.getByRole("button", { name: "Post comment" }).click();
  await expect(review.getByText("branching")).toBeVisible();
  const skillPath = new URL(mentor.url()).pathname;

  await mentee.goto(skillPath);
  const thread = mentee.getByRole("region", { name: "Review by Otto Mentor" });
  await expect(thread.locator("strong", { hasText: "branching" })).toBeVisible();
  await expect(thread.getByRole("link", { name: "the guide" })).toHaveAttribute(
    "href",
    "https://git-scm.com/book",
  );
  await expect(mentee.getByText("mentor rating by Otto Mentor")).toBeVisible();
  await thread.getByRole("textbox", { name: "Reply" }).fill("Thanks, will do.");
  await thread.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(thread.getByText("Thanks, will do.")).toBeVisible();

  // The mentee takes Skills away: the mentor's next load of that section has nothing.
  await mentee.goto("/mentoring");
  const scopes = mentee.getByRole("group", { name: "What Otto Mentor may read" });
  await scopes.getByRole("checkbox", { name: "Skills", exact: true }).uncheck();
  await expect(mentee.getByText("Saved: Skills hidden from Otto Mentor.")).toBeVisible();
  await mentor.goto(skillsUrl);
  await expect(mentor.getByText(/access to these pages has ended/)).toBeVisible();
  await expect(mentor.getByText("2/5 · Foundational")).toHaveCount(0);
  await mentor.goto(`/projects?mentee=${menteeId}`);
  await expect(banner(mentor)).toContainText("Viewing Mia Mentee’s projects · read-only");

  // Skills back, then the mentee ends the mentorship altogether.
  await scopes.getByRole("checkbox", { name: "Skills", exact: true }).check();
  await expect(mentee.getByText("Saved: Skills shared with Otto Mentor.")).toBeVisible();
  await mentor.goto(skillsUrl);
  await expect(mentor.getByText("2/5 · Foundational").first()).toBeVisible();
  await mentee.getByRole("button", { name: "End mentorship" }).click();
  await mentee.getByRole("alertdialog").getByRole("button", { name: "End mentorship" }).click();
  await expect(mentee.getByText("No mentors yet")).toBeVisible();

  await mentor.goto(skillsUrl);
  await expect(mentor.getByText(/access to these pages has ended/)).toBeVisible();
  await expect(mentor.getByText("2/5 · Foundational")).toHaveCount(0);
  await mentor.goto("/mentoring");
  await expect(mentor.getByText("No mentees yet")).toBeVisible();

  // The mentee's log names the mentor's reads and every change, with request ids.
  await mentee.goto("/mentoring/activity");
  const log = mentee.getByRole("table", { name: "Mentoring activity, newest first" });
  await expect(log.getByRole("row").filter({ hasText: "Ended the mentorship" })).toHaveCount(1);
  await expect(log.getByRole("row").filter({ hasText: "Otto Mentor" }).first()).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: "Read skills" }).first()).toBeVisible();
});

const XSS_MENTEE = "Nia <img src=x onerror=alert(1)>";
const XSS_VISITOR = "Vic <script>alert(1)</script>";

test("a visitor without an account signs up from the link and comes back to it; a withdrawn link is refused", async ({
  browser,
}) => {
  // Names are free text shown to the other side: markup in them stays text (the test fails on any dialog).
  const dialogs: string[] = [];
  const record = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  const mentee = await person(browser, XSS_MENTEE);
  mentee.on("dialog", record);
  const acceptedPath = await createInvitation(mentee);

  const visitor = await (await browser.newContext()).newPage();
  visitor.on("dialog", record);
  await visitor.goto(acceptedPath);
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Finvite%2F/);
  await expect(visitor.getByText("Sign in or create an account to see and accept")).toBeVisible();
  await visitor.getByRole("link", { name: "Create an account" }).click();
  await visitor.getByLabel("Name").fill(XSS_VISITOR);
  await visitor.getByLabel("Email").fill(uniqueEmail("visitor"));
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor).toHaveURL(new RegExp(`${acceptedPath}$`));
  await expect(
    visitor.getByRole("heading", { name: `${XSS_MENTEE} invited you to mentor them` }),
  ).toBeVisible();
  await visitor.getByRole("button", { name: "Accept invitation" }).click();
  const mentees = visitor.getByRole("list", { name: "Your mentees" });
  await expect(mentees.getByRole("heading", { name: XSS_MENTEE })).toBeVisible();
  await mentees.getByRole("link", { name: `Projects of ${XSS_MENTEE}` }).click();
  await expect(banner(visitor)).toContainText(`Viewing ${XSS_MENTEE}’s projects · read-only`);

  await mentee.goto("/mentoring");
  await expect(
    mentee.getByRole("list", { name: "Your mentors" }).getByRole("heading", { name: XSS_VISITOR }),
  ).toBeVisible();
  await mentee.goto("/notifications");
  await expect(
    mentee.getByRole("link", { name: `Unread: ${XSS_VISITOR} accepted your invitation`, exact: false }),
  ).toBeVisible();
  await mentee.goto("/mentoring/activity");
  await expect(mentee.getByRole("cell", { name: XSS_VISITOR }).first()).toBeVisible();

  const withdrawnPath = await createInvitation(mentee);
  await mentee.getByRole("button", { name: "Revoke invitation for Link without email" }).click();
  await expect(mentee.getByText("Invitation withdrawn: its link no longer works.")).toBeVisible();
  await expect(mentee.getByText("Link without email · Withdrawn")).toBeVisible();
  await visitor.goto(withdrawnPath);
  await expect(visitor.getByRole("main").getByRole("alert")).toHaveText(
    "This invitation was withdrawn by the person who sent it.",
  );
  await expect(visitor.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("an expired link is refused @postgres-only", async ({ browser }, testInfo) => {
  const server = expirableServer(testInfo);
  try {
    const menteeEmail = uniqueEmail("expiring");
    const mentee = await (await browser.newContext({ baseURL: server.baseURL })).newPage();
    await signUpAs(mentee, "Eve Mentee", menteeEmail);
    const invitePath = await createInvitation(mentee);
    await server.expireInvitationsOf(menteeEmail);

    const mentor = await (await browser.newContext({ baseURL: server.baseURL })).newPage();
    await signUpAs(mentor, "Max Mentor", uniqueEmail("late-mentor"));
    await mentor.goto(invitePath);
    await expect(mentor.getByRole("main").getByRole("alert")).toHaveText(
      "This invitation has expired; ask for a new link.",
    );
    await expect(mentor.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
    await mentee.goto("/mentoring");
    await expect(mentee.getByText("Link without email · Expired")).toBeVisible();
  } finally {
    await server.close();
  }
});

test("the dev mailbox is a missing page in production", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.status()).toBe(404);
});
