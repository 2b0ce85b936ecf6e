import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

/** What the authenticator app would show now (or `ago` ms earlier) for this key. */
const codeFor = (key: string, ago = 0) =>
  generateHOTP(decodeBase32IgnorePadding(key), BigInt(Math.floor((Date.now() - ago) / 30_000)), 6);

test("two-step sign-in: set up with a QR code, then sign in with an app code and with a recovery code", async ({
  page,
}) => {
  const email = uniqueEmail("two-step");
  await signUp(page, email);
  await page.goto("/settings/security");
  const card = page.getByRole("region", { name: "Two-step sign-in" });
  await card.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(card.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const key = (await card.getByTestId("mfa-key").textContent()) ?? "";
  const turnOn = card.getByRole("form", { name: "Turn on two-step sign-in" });
  await turnOn.getByLabel("Code").fill("000000");
  await turnOn.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(turnOn.getByText("that code is wrong or was already used")).toBeVisible();
  // The previous step's code, as a slow typist's would be: the current one stays unused for signing in.
  await turnOn.getByLabel("Code").fill(codeFor(key, 30_000));
  await turnOn.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const recoveryList = card.getByRole("region", { name: "Recovery codes" }).getByRole("listitem");
  await expect(recoveryList).toHaveCount(10);
  const codes = await recoveryList.allTextContents();
  expect(codes).toHaveLength(10);
  await expect(card).toContainText("10 recovery codes left");

  await signOut(page);
  await signIn(page, email, PASSWORD);
  const second = page.getByRole("form", { name: "Two-step sign-in" });
  await expect(second.getByText("Your password was right. One more step.")).toBeVisible();
  await second.getByLabel("Code").fill("111111");
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(second.getByText("that code is wrong or was already used")).toBeVisible();
  await second.getByLabel("Code").fill(codeFor(key));
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await signOut(page);
  await signIn(page, email, PASSWORD);
  await second.getByLabel("Code").fill(codes[0] ?? "");
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/security");
  await expect(card).toContainText("9 recovery codes left");

  // Changing the password and deleting the account now also ask for a code.
  await page.goto("/settings");
  await expect(page.getByLabel("Two-step code")).toHaveCount(2);
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("an entirely new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByText("enter the 6-digit code from your authenticator app, or a recovery code"),
  ).toBeVisible();
  await page.goto("/settings/api-tokens");
  await expect(page.getByLabel("Two-step code")).toBeVisible();
});
