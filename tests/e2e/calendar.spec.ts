import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

test("make a feed URL, read it without signing in, then regenerate and revoke it", async ({
  page,
  request,
}) => {
  await signUp(page, uniqueEmail("calendar"));
  await page.goto("/interviews");
  const opener = page.getByRole("button", { name: "Add application" });
  if (await opener.isVisible()) await opener.click();
  await page.getByLabel("Company").fill("Globex, Inc; East");
  await page.getByLabel("Role").fill("Backend Engineer");
  await page.getByRole("button", { name: "Save application" }).click();
  await page.getByRole("link", { name: "Globex, Inc; East" }).first().click();
  const addRound = page.getByRole("form", { name: "Add a round" });
  await addRound.getByLabel("Stage").selectOption({ label: "Phone screen" });
  await addRound.getByLabel("Scheduled at").fill(`${tomorrow}T10:00`);
  await addRound.getByRole("button", { name: "Add round" }).click();
  await expect(addRound.getByText("Round added.")).toBeVisible();

  await page.goto("/settings/calendar");
  await expect(page.getByRole("heading", { name: "Calendar feed", level: 1 })).toBeVisible();
  await expect(page.getByText("You have no calendar feed.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Google Calendar" })).toBeVisible();
  await page.getByRole("button", { name: "Create feed URL" }).click();
  const field = page.getByLabel("Feed URL");
  await expect(field).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = new URL(await field.inputValue()).pathname;
  await expect(page.getByText("not read by any calendar app yet")).toBeVisible();

  // `request` carries no session cookie: the token alone opens the feed, with no redirect to sign-in.
  const response = await request.get(first, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const events = new ICAL.Component(ICAL.parse(await response.text()))
    .getAllSubcomponents("vevent")
    .map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary)).toEqual([
    "Phone screen: Globex, Inc; East (Backend Engineer)",
  ]);
  expect(events[0]?.uid).toMatch(/^round-[0-9a-f-]{36}@trajectory$/);

  await page.reload();
  await expect(page.getByText(/last read by a calendar app/)).toBeVisible();
  await expect(page.getByLabel("Feed URL")).toHaveCount(0);

  await page.getByRole("button", { name: "Regenerate URL" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Regenerate" }).click();
  await expect(page.getByLabel("Feed URL")).not.toHaveValue(new RegExp(first));
  const second = new URL(await page.getByLabel("Feed URL").inputValue()).pathname;
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second.replace(/\.ics$/, ""))).status()).toBe(200);

  await page.getByRole("button", { name: "Revoke URL" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("You have no calendar feed.")).toBeVisible();
  const refused = await request.get(second);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).toBe("Not found");
});
