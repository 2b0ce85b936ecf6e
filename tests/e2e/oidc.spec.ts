import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, signOut, uniqueEmail } from "./helpers";
import { start, type OidcAccount, type OidcServer } from "./oidc-server";
import { freePort, spawnServer, type SpawnedServer } from "./spawn-server";

// One app server of its own (embedded database) configured for a real OpenID Connect provider on another port.
const CLIENT = { client_id: "trajectory-e2e", client_secret: "e2e-client-secret" };

const accounts: Record<string, OidcAccount> = {
  newcomer: { email: uniqueEmail("sso-new"), email_verified: true, name: "Nia Newcomer" },
  grace: { email: uniqueEmail("sso-linked"), email_verified: true, name: "Grace at the provider" },
  unverified: { email: uniqueEmail("sso-unverified"), email_verified: false, name: "Uma Unverified" },
};

// Next names 127.0.0.1 "localhost" in Auth.js's callback, so the app is reached and registered as localhost.
const asLocalhost = (url: string) => url.replace("//127.0.0.1:", "//localhost:");

let app: SpawnedServer | undefined;
let appUrl = "";
let provider: OidcServer | undefined;

test.beforeAll(async () => {
  const providerPort = await freePort();
  app = await spawnServer((url) => ({
    AUTH_URL: asLocalhost(url),
    AUTH_OIDC_ISSUER: `http://127.0.0.1:${providerPort}`,
    AUTH_OIDC_ID: CLIENT.client_id,
    AUTH_OIDC_SECRET: CLIENT.client_secret,
    // Sign-up by emailed link, so a password account's address is proven, as linking by email requires.
    DEV_MAILBOX: "true",
  }));
  appUrl = asLocalhost(app.url);
  provider = await start({
    port: providerPort,
    clients: [{ ...CLIENT, redirect_uris: [`${appUrl}/api/auth/callback/oidc`] }],
    accounts,
  });
});

test.afterAll(async () => {
  await Promise.all([app?.stop(), provider?.close()]);
});

async function appPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: appUrl });
  return context.newPage();
}

/** From the sign-in page through the provider's login form; where the app sends the browser back is the caller's. */
async function signInWithSso(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Single sign-on" }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("whatever the provider checks");
  await page.getByRole("button", { name: "Sign-in", exact: true }).click();
}

/** A password account whose address is proven: sign-up, then the link from the dev mailbox. */
async function signUpByLink(page: Page, name: string, email: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await page.goto("/dev/mailbox");
  const mail = page
    .getByRole("listitem")
    .filter({ hasText: `To ${email}` })
    .filter({ hasText: "Finish creating your Trajectory account" });
  await page.goto((await mail.getByRole("link").getAttribute("href")) ?? "");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test.describe("single sign-on @embedded-only", () => {
  test("a newcomer signs in with a verified email and their session says single sign-on", async ({
    browser,
  }) => {
    const page = await appPage(browser);
    await signInWithSso(page, "newcomer");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/settings/security");
    const thisBrowser = page
      .getByRole("list", { name: "Sessions" })
      .getByRole("listitem")
      .filter({ hasText: "This browser" });
    await expect(thisBrowser).toContainText("Single sign-on ·");
    await page.goto("/settings");
    await expect(page.getByLabel("Name")).toHaveValue("Nia Newcomer");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeHidden();
    await page.context().close();
  });

  test("a verified email signs in to the account that already has it", async ({ browser }) => {
    const page = await appPage(browser);
    await signUpByLink(page, "Grace Password", accounts.grace?.email ?? "");
    await signOut(page);
    await signInWithSso(page, "grace");
    await expect(page).toHaveURL(/\/dashboard$/);
    // The password account's own name and password: the same account, not a new one from the provider.
    await page.goto("/settings");
    await expect(page.getByLabel("Name")).toHaveValue("Grace Password");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
    await page.context().close();
  });

  test("an unverified email is refused with a clear message and creates no account", async ({ browser }) => {
    const page = await appPage(browser);
    await signInWithSso(page, "unverified");
    await expect(page).toHaveURL(/\/sign-in\?error=EmailUnverified$/);
    const refusal = "Your identity provider has not verified this email address, so it cannot sign you in.";
    await expect(page.getByRole("alert").filter({ hasText: refusal })).toBeVisible();
    // Signing up with that email still makes a new account: the refused sign-in left none behind.
    await signUpByLink(page, "Uma Password", accounts.unverified?.email ?? "");
    await page.context().close();
  });
});
