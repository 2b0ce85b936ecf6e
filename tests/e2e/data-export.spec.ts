import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signUp, uniqueEmail } from "./helpers";

/** Clicks a download link on the page and returns the file's name and text. */
async function download(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name, exact: true }).click(),
  ]);
  const filePath = await file.path();
  return { fileName: file.suggestedFilename(), text: fs.readFileSync(filePath, "utf8") };
}

async function addProject(page: Page): Promise<void> {
  await page.goto("/projects");
  await page.getByRole("button", { name: "Add project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Title").fill("Orders API, v2");
  await form.getByLabel("Role").fill("Tech lead");
  await form.getByLabel("Company").fill("Café Ünal");
  await form.getByLabel("Started on").fill("2024-01-15");
  await form.getByLabel("Technologies").fill("Go, PostgreSQL");
  await form.getByRole("button", { name: "Save project" }).click();
  const card = page.getByRole("region", { name: "Orders API, v2", exact: true });
  await card.getByRole("button", { name: "Add outcome" }).click();
  const outcome = card.getByRole("form", { name: "New outcome" });
  await outcome.getByLabel("Metric").fill("p95 latency");
  await outcome.getByLabel("Baseline").fill("800");
  await outcome.getByLabel("Result").fill("240");
  await outcome.getByLabel("Unit").fill("ms");
  await outcome.getByRole("button", { name: "Add this outcome" }).click();
  await expect(outcome).toBeHidden();
}

test("every export downloads from /settings/data in its documented shape", async ({ page }) => {
  const email = uniqueEmail("data-export");
  await signUp(page, email);
  await addProject(page);
  await page.goto("/settings/data");
  await expect(page.getByRole("heading", { name: "Your data", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import an account export" })).toHaveAttribute(
    "href",
    "/settings/data/import",
  );

  const resume = await download(page, "Download JSON Resume");
  expect(resume.fileName).toBe("resume.json");
  const document = JSON.parse(resume.text) as {
    basics: { email: string; name: string };
    work: { name: string; position: string }[];
    projects: { name: string; highlights: string[]; keywords: string[] }[];
  };
  expect(document.basics).toMatchObject({ email, name: "Ada Example" });
  expect(document.work).toEqual([expect.objectContaining({ name: "Café Ünal", position: "Tech lead" })]);
  expect(document.projects).toEqual([
    expect.objectContaining({
      name: "Orders API, v2",
      keywords: ["Go", "PostgreSQL"],
      highlights: ["Cut p95 latency from 800 ms to 240 ms (\u221270%)"],
    }),
  ]);

  const projects = await download(page, "Download projects (CSV)");
  expect(projects.fileName).toBe("projects.csv");
  expect(projects.text.startsWith("\uFEFFtitle,role,company,")).toBe(true);
  const rows = parse(projects.text, { bom: true }) as string[][];
  expect(rows).toHaveLength(2);
  expect(rows[1]?.slice(0, 3)).toEqual(["Orders API, v2", "Tech lead", "Café Ünal"]);
  expect(rows[1]?.slice(8, 12)).toEqual(["p95 latency", "800", "240", "ms"]);

  const skills = await download(page, "Download skills history (CSV)");
  expect(skills.fileName).toBe("skills-history.csv");
  expect(parse(skills.text, { bom: true })).toEqual([
    ["skill", "kind", "level", "level label", "assessed on", "source", "assessor", "note"],
  ]);

  const interviews = await download(page, "Download applications and rounds (CSV)");
  expect(interviews.fileName).toBe("applications-and-rounds.csv");
  const [header] = parse(interviews.text, { bom: true }) as string[][];
  expect(header?.slice(0, 2)).toEqual(["company", "role"]);
  expect(header).toContain("round stage");

  const account = await download(page, "Download account export (JSON)");
  expect(account.fileName).toMatch(/\.json$/);
  expect(JSON.parse(account.text)).toEqual(expect.any(Object));
});

test("the export routes refuse a visitor who is not signed in", async ({ request }) => {
  for (const path of ["/api/data/resume", "/api/data/csv/projects"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
  }
  expect((await request.get("/api/data/csv/passwords")).status()).toBe(404);
});

test("addresses from before the rename lead to the same place", async ({ request }) => {
  const moved = {
    "/settings/api": "/settings/api-tokens",
    "/api/export/account": "/api/data/export",
    "/api/export/account/schema": "/api/data/export/schema",
    "/api/export/resume": "/api/data/resume",
    "/api/export/csv/skills": "/api/data/csv/skills",
    "/api/import/account": "/api/data/import",
  };
  for (const [from, to] of Object.entries(moved)) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
  }
});
