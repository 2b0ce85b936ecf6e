import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** The undo toast stays 8 s when nobody is on it; the page clock is driven by hand so the test need not wait. */
const UNTOUCHED_MS = 8_000;

async function deleteAnApplication(page: Page): Promise<void> {
  await page.goto("/interviews");
  await page.getByRole("button", { name: "Add application" }).click();
  await page.getByLabel("Company").fill("Umbrella");
  await page.getByLabel("Role").fill("SRE");
  await page.getByRole("button", { name: "Save application" }).click();
  await page
    .getByRole("list", { name: "Applied applications" })
    .getByRole("link", { name: "Umbrella" })
    .click();
  await page.getByRole("button", { name: "Delete application" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete application" }).click();
  await expect(page).toHaveURL(/\/interviews$/);
}

test("the undo toast waits while a keyboard user is on it and goes once they leave", async ({ page }) => {
  await page.clock.install();
  await signUp(page, uniqueEmail("undo-keyboard"));
  await deleteAnApplication(page);
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeVisible();

  // Alt+T moves focus to the toasts (sonner's shortcut); Tab reaches the toast, then its button.
  await page.keyboard.press("Alt+T");
  await page.keyboard.press("Tab");
  await page.clock.runFor(UNTOUCHED_MS + 2_000);
  await expect(undo).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(undo).toBeFocused();
  await page.clock.runFor(UNTOUCHED_MS + 2_000);
  await expect(undo).toBeVisible();

  await page.getByRole("heading", { level: 1 }).click();
  await expect(undo).not.toBeFocused();
  await page.clock.runFor(UNTOUCHED_MS + 500);
  await expect(undo).toBeHidden();
});

test("the undo toast waits under the pointer, and Undo by keyboard brings the row back", async ({ page }) => {
  await page.clock.install();
  await signUp(page, uniqueEmail("undo-hover"));
  await deleteAnApplication(page);
  const undo = page.getByRole("button", { name: "Undo" });
  await undo.hover();
  await page.clock.runFor(UNTOUCHED_MS + 2_000);
  await expect(undo).toBeVisible();
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(undo).toBeHidden();
  await expect(
    page.getByRole("list", { name: "Applied applications" }).getByRole("link", { name: "Umbrella" }),
  ).toBeVisible();
});
