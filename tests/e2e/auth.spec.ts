import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("sign up, sign out and sign in again", async ({ page }) => {
  const email = uniqueEmail("flow");
  await signUp(page, email);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Example" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);

  await signOut(page);

  await signIn(page, email.toUpperCase());
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Example" })).toBeVisible();
});

test("a wrong password and an unknown email get the same error", async ({ page }) => {
  const email = uniqueEmail("wrong");
  await signUp(page, email);
  await signOut(page);

  await signIn(page, email, "not the password at all");
  const wrongPassword = page.getByRole("main").getByRole("alert");
  await expect(wrongPassword).toHaveText("email or password is wrong");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, uniqueEmail("nobody"), PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("email or password is wrong");
});

test("sign-up errors appear next to their field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("enter a valid email address")).toBeVisible();
  await expect(page.getByText("use at least 8 characters")).toBeVisible();

  await page.getByLabel("Email").fill(uniqueEmail("common"));
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("this password is too common")).toBeVisible();
});

test("a protected page redirects to sign-in and comes back after", async ({ page }) => {
  const email = uniqueEmail("redirect");
  await signUp(page, email);
  await signOut(page);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test("sign-in works with the keyboard alone", async ({ page }) => {
  const email = uniqueEmail("keyboard");
  await signUp(page, email);
  await signOut(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-in works without script, and a wrong password is answered the same way", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("no-script");
  await signUp(page, email);
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(plain, email, "not the password at all");
  await expect(plain.getByRole("main").getByRole("alert")).toHaveText("email or password is wrong");
  await expect(plain.getByLabel("Email")).toHaveValue(email);
  await signIn(plain, email);
  await expect(plain).toHaveURL(/\/dashboard$/);
});
