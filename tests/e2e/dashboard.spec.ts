import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";

test("a new account's dashboard says what to do first", async ({ page }) => {
  await signUp(page, uniqueEmail("empty-dashboard"));
  await expect(page.getByText("Your career log is empty")).toBeVisible();
  await page.getByRole("link", { name: "assessing a skill" }).click();
  await expect(page).toHaveURL(/\/skills$/);
});

test("the demo account starts with 18 months of history on every chart @embedded-only", async ({ page }) => {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  const password = fs.readFileSync(path.join(dataDir, "demo-password"), "utf8").trim();
  await signIn(page, "demo@trajectory.local", password);
  await expect(page).toHaveURL(/\/dashboard$/);

  await expect(page.getByRole("heading", { name: "Welcome, Demo Engineer" })).toBeVisible();
  await expect(page.getByText(/\d+ of \d+ skills assessed/)).toBeVisible();
  const months = page.getByRole("table", { name: "Average skill level per month" }).getByRole("row");
  await expect(months).toHaveCount(12);
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rounds in the next 30 days" })).toBeVisible();
});
