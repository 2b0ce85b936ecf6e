import { expect, type Page, test } from "@playwright/test";
import { person } from "./helpers";

const badge = (page: Page, unread: number) =>
  page.getByRole("link", {
    name: unread === 0 ? "Notifications" : `Notifications, ${unread} unread`,
    exact: true,
  });

test("accepting and commenting notify the other side, with an unread count and links to the item", async ({
  browser,
}) => {
  const mentee = await person(browser, "Nora Mentee");
  const mentor = await person(browser, "Olaf Mentor");
  await expect(badge(mentee, 0)).toBeVisible();

  await mentee.goto("/skills");
  await mentee.getByRole("button", { name: "Assess Version Control" }).click();
  await mentee
    .getByRole("group", { name: "Level for Version Control today" })
    .getByRole("button", { name: "3 · Working knowledge" })
    .click();
  await expect(mentee.getByText("Version Control: 3 · Working knowledge recorded for today.")).toBeVisible();

  await mentee.goto("/mentoring");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const invitePath = new URL(await mentee.getByLabel("Invitation link").inputValue()).pathname;
  await mentor.goto(invitePath);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);

  // The badge refreshes when the tab regains focus; a page load shows it at once.
  await mentee.goto("/dashboard");
  await expect(badge(mentee, 1)).toBeVisible();

  // The mentor comments on the mentee's skill.
  await mentor.getByRole("link", { name: "Skills of Nora Mentee" }).click();
  await mentor.getByRole("link", { name: "History of Version Control" }).click();
  await expect(mentor).toHaveURL(/\/skills\/[\w-]+\?mentee=[\w-]+$/);
  const skillPath = new URL(mentor.url()).pathname;
  const comment = mentor.getByRole("form", { name: "Comment on this skill" });
  await comment.getByLabel("Comment").fill("Solid: try **rebasing** next.");
  await comment.getByRole("button", { name: "Post comment" }).click();
  await expect(mentor.getByText("try rebasing next")).toBeVisible();

  await mentee.goto("/notifications");
  await expect(badge(mentee, 2)).toBeVisible();
  const list = mentee.getByRole("list", { name: "Notifications" });
  await expect(
    list.getByRole("link", {
      name: "Unread: Olaf Mentor accepted your invitation and can now read what you share",
    }),
  ).toHaveAttribute("href", "/mentoring");
  const commented = list.getByRole("link", {
    name: "Unread: Olaf Mentor commented on a skill (Version Control)",
    exact: true,
  });
  // The mentee opens their own page, without ?mentee=.
  await expect(commented).toHaveAttribute("href", skillPath);
  await commented.click();
  await expect(mentee).toHaveURL(new RegExp(`${skillPath}$`));
  await expect(badge(mentee, 1)).toBeVisible();

  // The mentee replies: the mentor is notified and led to the mentee's page, read-only.
  const reply = mentee.getByRole("form", { name: "Reply to Olaf Mentor" });
  await reply.getByLabel("Reply").fill("Thanks, will do.");
  await reply.getByRole("button", { name: "Reply" }).click();
  await expect(mentee.getByText("Thanks, will do.")).toBeVisible();
  await mentor.goto("/notifications");
  const replied = mentor.getByRole("link", {
    name: "Unread: Nora Mentee commented on a skill (Version Control)",
    exact: true,
  });
  await expect(replied).toHaveAttribute("href", new RegExp(`^${skillPath}\\?mentee=[\\w-]+$`));

  // Mark all as read clears the count.
  await mentee.goto("/notifications");
  await mentee.getByRole("button", { name: "Mark all as read" }).click();
  await expect(badge(mentee, 0)).toBeVisible();
  await expect(mentee.getByRole("list", { name: "Notifications" }).getByText("Unread:")).toHaveCount(0);
  await expect(mentee.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
});

/** A calendar date n days ahead, as the date field takes it and as the pages print it. */
function dueIn(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const shown = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T12:00:00Z`),
  );
  return { iso, shown };
}

test("a review request reaches the mentor's dashboard with its date and item, and closes once reviewed", async ({
  browser,
}) => {
  const mentee = await person(browser, "Rita Mentee");
  const mentor = await person(browser, "Pia Mentor");
  await mentee.goto("/mentoring");
  await mentee.getByRole("button", { name: "Create invitation link" }).click();
  const invitePath = new URL(await mentee.getByLabel("Invitation link").inputValue()).pathname;
  await mentor.goto(invitePath);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentoring$/);

  // The mentee asks for a review of one skill by a date.
  await mentee.goto("/skills");
  await mentee.getByRole("link", { name: "History of Version Control" }).click();
  await expect(mentee).toHaveURL(/\/skills\/[\w-]+$/);
  const skillPath = new URL(mentee.url()).pathname;
  const due = dueIn(7);
  const ask = mentee.getByRole("form", { name: "Request a review of this skill" });
  await expect(ask.getByLabel("Mentor", { exact: true })).toHaveValue(/[\w-]+/);
  await ask.getByLabel("Review by").fill(due.iso);
  await ask.getByLabel("Note for your mentor").fill("Is my branching strategy sound?");
  await ask.getByRole("button", { name: "Request review" }).click();
  await expect(ask.getByText("Review requested.")).toBeVisible();
  await expect(mentee.getByRole("list", { name: "Open review requests for this skill" })).toContainText(
    `Review requested from Pia Mentor by ${due.shown}.`,
  );

  // The mentor's notification carries the date too.
  await mentor.goto("/notifications");
  await expect(
    mentor.getByRole("list", { name: "Notifications" }).getByRole("link", {
      name: `Rita Mentee asked you to review a skill (Version Control) by ${due.shown}`,
    }),
  ).toBeVisible();

  // The mentor's dashboard lists it with the item's name and due date, linked to the mentee's skill page.
  await mentor.goto("/mentoring");
  const item = mentor
    .getByRole("list", { name: "Your mentees" })
    .getByRole("listitem")
    .filter({
      has: mentor.getByRole("heading", { name: "Rita Mentee" }),
    });
  await expect(item.getByRole("heading", { name: "Open review requests (1)" })).toBeVisible();
  await expect(item.getByText(`due ${due.shown}`)).toBeVisible();
  const requestLink = item.getByRole("link", { name: "Review Version Control (skill)" });
  await expect(requestLink).toHaveAttribute("href", new RegExp(`^${skillPath}\\?mentee=[\\w-]+$`));
  await requestLink.click();
  await expect(mentor).toHaveURL(new RegExp(`${skillPath}\\?mentee=[\\w-]+$`));
  await expect(mentor.getByText(`Rita Mentee asked for your review by ${due.shown}`)).toBeVisible();

  // The mentor reviews: a comment, then "Mark review done".
  const comment = mentor.getByRole("form", { name: "Comment on this skill" });
  await comment.getByLabel("Comment").fill("Trunk-based suits your team; keep branches short.");
  await comment.getByRole("button", { name: "Post comment" }).click();
  await expect(mentor.getByText("keep branches short")).toBeVisible();
  await mentor.getByRole("button", { name: "Mark review done" }).click();
  await expect(mentor.getByRole("button", { name: "Mark review done" })).toHaveCount(0);

  await mentor.goto("/mentoring");
  await expect(item.getByRole("heading", { name: "Open review requests (0)" })).toBeVisible();
  await expect(item.getByText("Nothing waiting for your review.")).toBeVisible();
  await expect(item.getByRole("link", { name: /^Review / })).toHaveCount(0);

  // The mentee's notification names the skill and opens it, with the comment.
  await mentee.goto("/notifications");
  const commented = mentee.getByRole("list", { name: "Notifications" }).getByRole("link", {
    name: "Unread: Pia Mentor commented on a skill (Version Control)",
    exact: true,
  });
  await expect(commented).toHaveAttribute("href", skillPath);
  await commented.click();
  await expect(mentee).toHaveURL(new RegExp(`${skillPath}$`));
  await expect(mentee.getByText("keep branches short")).toBeVisible();
  await expect(mentee.getByRole("list", { name: "Open review requests for this skill" })).toHaveCount(0);
});
