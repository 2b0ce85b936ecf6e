import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("open the review packet, change the period, and download it as Markdown", async ({ page }) => {
  await signUp(page, uniqueEmail("packet"));
  await page.goto("/skills");
  await page.getByRole("button", { name: "Assess Testing" }).click();
  await page
    .getByRole("group", { name: "Level for Testing today" })
    .getByRole("button", { name: "4 · Practitioner" })
    .click();
  await expect(page.getByText("Testing: 4 · Practitioner recorded for today.")).toBeVisible();
  // Read after the rating, so a midnight in between still leaves it inside the period ending today.
  const today = new Date().toISOString().slice(0, 10);

  await page.goto("/levels/packet");
  const packet = page.getByRole("article", { name: "Review packet" });
  await expect(packet.getByRole("heading", { name: "Review packet: Ada Example" })).toBeVisible();
  const testing = packet.getByRole("region", { name: "Testing" });
  await expect(testing.getByText("Skill changes (self ratings)")).toBeVisible();
  await expect(testing.getByText(/Testing: 4 → 4 \(rated once/)).toBeVisible();
  await expect(packet.getByRole("region", { name: "Other evidence" })).toContainText(
    "Nothing recorded in this period.",
  );

  // A period that ends before today: the rating is outside it.
  const period = page.getByRole("form", { name: "Period" });
  await period.getByLabel("From").fill("2025-01-01");
  await period.getByLabel("To").fill("2025-06-30");
  await period.getByRole("button", { name: "Show period" }).click();
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-06-30/);
  await expect(packet.getByRole("region", { name: "Testing" })).toContainText(
    "Nothing recorded in this period.",
  );

  await period.getByLabel("From").fill("2025-07-01");
  await period.getByRole("button", { name: "Show period" }).click();
  await expect(period.getByLabel("To")).toHaveAccessibleDescription("choose an end on or after the start");
  await expect(page.getByRole("link", { name: "Download Markdown" })).toHaveCount(0);

  await period.getByLabel("From").fill("2025-07-01");
  await period.getByLabel("To").fill(today);
  await period.getByRole("button", { name: "Show period" }).click();
  await expect(packet.getByRole("region", { name: "Testing" })).toContainText("Testing: 4 → 4");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`review-packet-2025-07-01-to-${today}.md`);
  const markdown = fs.readFileSync(await download.path(), "utf8");
  expect(markdown).toContain("# Review packet: Ada Example");
  expect(markdown).toContain(`Period: 2025-07-01 to ${today}`);
  expect(markdown).toContain("- Testing: 4 → 4 (rated once,");
  expect(markdown).toContain("## Other evidence");
});

test("the period form works without script", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, uniqueEmail("packet-plain"));
  const plain = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  ).newPage();
  await plain.goto("/levels/packet");
  const period = plain.getByRole("form", { name: "Period" });
  await period.getByLabel("From").fill("2025-07-01");
  await period.getByLabel("To").fill("2025-06-30");
  await period.getByRole("button", { name: "Show period" }).click();
  await expect(plain).toHaveURL(/from=2025-07-01&to=2025-06-30/);
  await expect(period.getByLabel("To")).toHaveAccessibleDescription("choose an end on or after the start");
  await expect(period.getByLabel("From")).toHaveValue("2025-07-01");
  await expect(plain.getByRole("link", { name: "Download Markdown" })).toHaveCount(0);
});
