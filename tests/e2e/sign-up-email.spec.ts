import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./helpers";
import { spawnServer, type SpawnedServer } from "./spawn-server";

// A server that can send mail (to its dev mailbox), so sign-up goes by emailed link; once, on the embedded database.
test.describe.configure({ mode: "serial" });

let server: SpawnedServer;
test.beforeAll(async () => {
  server = await spawnServer({ DEV_MAILBOX: "true" });
});
test.afterAll(async () => {
  await server.stop();
});

async function signUpAt(page: Page, email: string) {
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel("Name").fill("Linus Example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  return (await page.getByRole("status").textContent()) ?? "";
}

async function openMail(page: Page, email: string, subject: string) {
  await page.goto(`${server.url}/dev/mailbox`);
  const mail = page
    .getByRole("listitem")
    .filter({ hasText: `To ${email}` })
    .filter({ hasText: subject });
  await expect(mail).toHaveCount(1);
  return mail;
}

test("sign-up answers the same for a new and a taken address, and the emailed link creates the account @embedded-only", async ({
  page,
}) => {
  const email = uniqueEmail("by-link");
  const forNew = await signUpAt(page, email);
  const mail = await openMail(page, email, "Finish creating your Trajectory account");
  const link = (await mail.getByRole("link").getAttribute("href")) ?? "";
  await page.goto(link);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The same answer for an address that has an account now; its owner gets a note instead of a link.
  const other = await page.context().browser()?.newContext();
  const stranger = await other?.newPage();
  if (!stranger) throw new Error("no second browser context");
  expect(await signUpAt(stranger, email)).toBe(forNew);
  await openMail(stranger, email, "You already have a Trajectory account");

  // The link worked once.
  await stranger.goto(link);
  await stranger.getByRole("button", { name: "Create my account" }).click();
  await expect(stranger.getByRole("main").getByRole("alert")).toHaveText(
    "This link has expired or was already used.",
  );
  await other?.close();
});
