import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

async function twoSignedInContexts(browser: Browser, baseURL: string | undefined) {
  const email = uniqueEmail("devices");
  const laptop = await browser.newContext({ baseURL });
  const phone = await browser.newContext({ baseURL });
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signUp(laptopPage, email);
  await signIn(phonePage, email);
  await expect(phonePage).toHaveURL(/\/dashboard$/);
  return { email, laptop, phone, laptopPage, phonePage };
}

/** A personal access token made through the API, as a stolen session could make one. */
async function mintToken(page: Page): Promise<string> {
  const response = await page.request.post("/api/trpc/apiTokens.create", {
    data: { json: { name: "Made in this session", scope: "write" } },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { token: string } } } }).result.data.json
    .token;
}

test("after Sign out, a copy of the old session cookie is refused", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signUp(page, uniqueEmail("copied-cookie"));
  const copied = await page.context().cookies();
  await signOut(page);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  expect((await thief.request.get("/api/trpc/account.profile")).status()).toBe(401);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/dashboard");
  await expect(thiefPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await thief.close();
  await page.context().close();
});

test("sign out of all devices ends a second context's session on its next request", async ({
  browser,
  baseURL,
}) => {
  const { laptop, phone, laptopPage, phonePage } = await twoSignedInContexts(browser, baseURL);
  const staleCookies = await phone.cookies();
  const token = await mintToken(phonePage);
  const bearer = { authorization: `Bearer ${token}` };
  expect((await laptop.request.get("/api/v1/skills/current", { headers: bearer })).status()).toBe(200);

  await laptopPage.goto("/settings");
  await laptopPage.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in\?notice=signed-out-everywhere/);
  await expect(laptopPage.getByRole("status")).toHaveText("You have been signed out of every device.");

  // The phone still holds its (validly signed) cookie, but the server refuses it.
  expect(staleCookies.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);
  await phonePage.goto("/settings");
  await expect(phonePage).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);

  const api = await phone.request.get("/api/trpc/account.profile");
  expect(api.status()).toBe(401);
  // A token minted by that session does not outlive the remedy either.
  expect((await laptop.request.get("/api/v1/skills/current", { headers: bearer })).status()).toBe(401);
  await laptop.close();
  await phone.close();
});

test("the security page lists both browsers and signs the other one out", async ({ browser, baseURL }) => {
  const { laptop, phone, laptopPage, phonePage } = await twoSignedInContexts(browser, baseURL);
  await laptopPage.goto("/settings");
  await laptopPage.getByRole("link", { name: "See where you are signed in" }).click();
  await expect(laptopPage).toHaveURL(/\/settings\/security$/);
  const list = laptopPage.getByRole("list", { name: "Sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This browser")).toHaveCount(1);
  await expect(list).toContainText("127.0.0.1");

  await list.getByRole("button", { name: /^Sign out / }).click();
  await laptopPage.getByRole("alertdialog").getByRole("button", { name: "Sign out" }).click();
  await expect(laptopPage.getByRole("status")).toHaveText("That session is signed out.");
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await phonePage.goto("/skills");
  await expect(phonePage).toHaveURL(/\/sign-in\?callbackUrl=%2Fskills/);
  await laptopPage.reload();
  await expect(laptopPage.getByRole("heading", { name: "Security" })).toBeVisible();
  await laptop.close();
  await phone.close();
});

test("a password change ends other sessions and keeps this one", async ({ browser, baseURL }) => {
  const { email, laptop, phone, laptopPage, phonePage } = await twoSignedInContexts(browser, baseURL);
  const newPassword = "an entirely new passphrase";

  await laptopPage.goto("/settings");
  await laptopPage.getByLabel("Current password").fill(PASSWORD);
  await laptopPage.getByLabel("New password").fill(newPassword);
  await laptopPage.getByRole("button", { name: "Change password" }).click();
  await expect(laptopPage).toHaveURL(/\/settings\?notice=password-changed/);
  await expect(laptopPage.getByRole("heading", { name: "Settings" })).toBeVisible();

  await phonePage.goto("/dashboard");
  await expect(phonePage).toHaveURL(/\/sign-in/);
  expect((await phone.request.get("/api/trpc/account.profile")).status()).toBe(401);
  expect((await laptop.request.get("/api/trpc/account.profile")).status()).toBe(200);

  await signIn(phonePage, email, PASSWORD);
  await expect(phonePage.getByRole("main").getByRole("alert")).toHaveText("email or password is wrong");
  await signIn(phonePage, email, newPassword);
  await expect(phonePage).toHaveURL(/\/dashboard$/);
  await laptop.close();
  await phone.close();
});

test("a wrong current password is reported next to the field", async ({ page }) => {
  await signUp(page, uniqueEmail("wrong-current"));
  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("an entirely new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("current password is wrong")).toBeVisible();
});
