import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./helpers";
import { spawnServer, type SpawnedServer } from "./spawn-server";

// An instance of its own, by invitation, so its first account is the admin: what a self-hoster sets up.
test.describe.configure({ mode: "serial" });

let server: SpawnedServer;
test.beforeAll(async () => {
  server = await spawnServer({ SIGNUP: "invite", DEV_MAILBOX: "true", DEMO_ACCOUNT: "false" });
});
test.afterAll(async () => {
  await server.stop();
});

async function mailLink(page: Page, to: string, subject: string): Promise<string> {
  await page.goto(`${server.url}/dev/mailbox`);
  const mail = page
    .getByRole("listitem")
    .filter({ hasText: `To ${to}` })
    .filter({ hasText: subject });
  await expect(mail).toHaveCount(1);
  // Links point at localhost (no AUTH_URL here); stay on this server's address, where the cookies are.
  const link = new URL((await mail.getByRole("link").getAttribute("href")) ?? "", server.url);
  return `${server.url}${link.pathname}${link.search}`;
}

/** The new pages are not in layout.spec's walk (its demo account is no admin): axe them here, once each. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signInAt(page: Page, email: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("the first account runs an invite-only instance: it invites, disables and re-enables a member @embedded-only", async ({
  browser,
}) => {
  const admin = await newPage(browser);
  const adminEmail = uniqueEmail("admin");
  await admin.goto(`${server.url}/sign-up`);
  await admin.getByLabel("Email").fill(adminEmail);
  await admin.getByLabel("Password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin).toHaveURL(/\/sign-up\/check-email$/);
  await admin.goto(await mailLink(admin, adminEmail, "Finish creating your Trajectory account"));
  await admin.getByRole("button", { name: "Create my account" }).click();
  await expect(admin).toHaveURL(/\/dashboard$/);

  // A stranger finds sign-up closed to them now that the instance has its admin.
  const stranger = await newPage(browser);
  await stranger.goto(`${server.url}/sign-up`);
  await expect(stranger.getByRole("status")).toContainText("Sign-up on this instance is by invitation");
  await expect(stranger.getByLabel("Password")).toHaveCount(0);

  await admin.getByRole("button", { name: "Account menu" }).click();
  await admin.getByRole("menuitem", { name: "Admin" }).click();
  await expect(admin.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  const memberEmail = uniqueEmail("member");
  await admin.getByLabel("Email to invite").fill(memberEmail);
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toHaveText(`Invitation sent to ${memberEmail}.`);
  await expect(admin.getByRole("list", { name: "Pending invitations" })).toContainText(memberEmail);
  await expectAccessible(admin);

  const member = await newPage(browser);
  await member.goto(await mailLink(member, memberEmail, "You are invited to Trajectory"));
  await expect(member.getByText(`You were invited as ${memberEmail}`)).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel("Name").fill("Mo Member");
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Create account" }).click();
  await expect(member).toHaveURL(/\/dashboard$/);
  // To a member, there is no admin page.
  const response = await member.goto(`${server.url}/admin`);
  expect(response?.status()).toBe(404);

  await admin.reload();
  const row = admin.getByRole("row").filter({ hasText: memberEmail });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Disable ${memberEmail}` }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByRole("status")).toHaveText(`${memberEmail} is disabled and signed out everywhere.`);
  await expect(row).toContainText("Disabled");
  await expect(admin.getByRole("list", { name: "Admin actions" })).toContainText(
    `${adminEmail}: Disabled ${memberEmail}`,
  );

  // The member's open browser is refused on its next navigation, and signing in again is refused too.
  await member.goto(`${server.url}/dashboard`);
  await expect(member).toHaveURL(/\/sign-in/);
  await signInAt(member, memberEmail);
  await expect(member.getByText(/This account is disabled/)).toBeVisible();
  await expect(member).toHaveURL(/error=AccountDisabled/);

  await row.getByRole("button", { name: `Enable ${memberEmail}` }).click();
  await expect(row).toContainText("Active");
  await signInAt(member, memberEmail);
  await expect(member).toHaveURL(/\/dashboard$/);
});
