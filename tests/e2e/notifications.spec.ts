import { type Browser, expect, type Page, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./helpers";

async function person(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("notified"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

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
  const commented = list.getByRole("link", { name: "Unread: Olaf Mentor commented on a skill" });
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
  const replied = mentor.getByRole("link", { name: "Unread: Nora Mentee commented on a skill" });
  await expect(replied).toHaveAttribute("href", new RegExp(`^${skillPath}\\?mentee=[\\w-]+$`));

  // Mark all as read clears the count.
  await mentee.goto("/notifications");
  await mentee.getByRole("button", { name: "Mark all as read" }).click();
  await expect(badge(mentee, 0)).toBeVisible();
  await expect(mentee.getByRole("list", { name: "Notifications" }).getByText("Unread:")).toHaveCount(0);
  await expect(mentee.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
});
