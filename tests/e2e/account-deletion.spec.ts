import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

async function deleteWith(page: Page, password: string) {
  const form = page.getByRole("form", { name: "Delete account" });
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete everything" }).click();
}

test("deleting the account needs the password, then signs out for good", async ({ page }) => {
  const email = uniqueEmail("delete-me");
  await signUp(page, email);
  await page.goto("/skills");
  await page.getByRole("button", { name: "Assess Version Control" }).click();
  await page
    .getByRole("group", { name: "Level for Version Control today" })
    .getByRole("button", { name: "2 · Foundational" })
    .click();
  await expect(page.getByText("Version Control: 2 · Foundational recorded for today.")).toBeVisible();

  await page.goto("/settings");
  const yourData = page.getByRole("navigation", { name: "Your data" });
  await expect(yourData.getByRole("link", { name: "Export and import your data" })).toHaveAttribute(
    "href",
    "/settings/data",
  );
  await expect(yourData.getByRole("link", { name: "API tokens" })).toHaveAttribute(
    "href",
    "/settings/api-tokens",
  );
  await expect(yourData.getByRole("link", { name: "Calendar feed" })).toHaveAttribute(
    "href",
    "/settings/calendar",
  );

  // Enter in the field does not skip the confirmation.
  const form = page.getByRole("form", { name: "Delete account" });
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByLabel("Password").press("Enter");
  await expect(page.getByRole("alertdialog")).toBeHidden();

  // Cancel keeps everything.
  await form.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toBeHidden();

  await deleteWith(page, "not my password at all");
  await expect(form.getByText("password is wrong")).toBeVisible();
  await expect(form.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  await page.goto("/skills");
  const rated = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /^Version Control/ }) });
  await expect(rated).toContainText("2/5 · Foundational");

  await page.goto("/settings");
  await deleteWith(page, PASSWORD);
  await expect(page).toHaveURL(/\/sign-in\?notice=account-deleted$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Your account and all its data have been deleted.")).toBeVisible();

  await page.goto("/skills");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fskills/);
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("email or password is wrong");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the shared demo account offers no deletion @embedded-only", async ({ page }) => {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  const password = fs.readFileSync(path.join(dataDir, "demo-password"), "utf8").trim();
  await signIn(page, "demo@trajectory.local", password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings");
  const danger = page.getByRole("region", { name: "Danger zone" });
  await expect(danger).toContainText("The demo account is shared by everyone trying Trajectory");
  await expect(danger.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
});
