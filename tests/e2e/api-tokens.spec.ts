import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("create a token, see it once, call the API with it, revoke it and be refused", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, uniqueEmail("api-tokens"));
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("heading", { name: "API", level: 1 })).toBeVisible();
  await expect(page.getByText("You have no tokens yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI 3.1 document" })).toHaveAttribute(
    "href",
    "/api/openapi.json",
  );

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("enter a name for the token")).toBeVisible();
  await page.getByLabel("Token name").fill("Weekly export");
  await page.getByLabel("Access").selectOption({ label: "Read only" });
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy it now: it is shown only once.")).toBeVisible();
  const field = page.getByLabel("New token");
  await expect(field).toHaveValue(/^trj_[A-Za-z0-9_-]{43}$/);
  const token = await field.inputValue();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const list = page.getByRole("list", { name: "Your tokens" });
  await expect(list.getByText("Weekly export")).toBeVisible();
  await expect(list.getByText(token.slice(0, 8))).toBeVisible();
  await expect(list.getByText("never used")).toBeVisible();

  // `request` has no session cookie: the bearer token alone authenticates.
  const headers = { authorization: `Bearer ${token}` };
  const current = await request.get("/api/v1/skills/current", { headers });
  expect(current.status()).toBe(200);
  expect(await current.json()).toBeTruthy();
  const write = await request.post("/api/v1/skills/addSkill", {
    headers,
    data: { name: "Kafka", kind: "tool" },
  });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.message).toContain("this token can only read");
  expect((await request.get("/api/v1/skills/current")).status()).toBe(401);
  const document = await request.get("/api/openapi.json");
  expect((await document.json()).paths["/skills/current"].get.security).toEqual([{ bearerAuth: [] }]);

  // Shown once: after a reload only the prefix remains, and the use is recorded.
  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(list.getByText(/last used/)).toBeVisible();

  await list.getByRole("button", { name: "Revoke Weekly export" }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(list.getByText(/^Revoked /)).toBeVisible();
  const refused = await request.get("/api/v1/skills/current", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain("Bearer");
});
