import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

const mutation = "/api/trpc/account.updateProfile";
const body = JSON.stringify({ json: { name: "Mallory", timeZone: "UTC" } });

test("a cross-origin multipart POST to a mutation is refused and changes nothing", async ({
  page,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("csrf"));
  const request = page.context().request;

  const multipart = await request.post(mutation, {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    multipart: { name: "Mallory", timeZone: "UTC" },
  });
  expect(multipart.status()).toBe(415);

  const form = await request.post(mutation, {
    headers: { origin: "https://evil.example" },
    form: { name: "Mallory" },
  });
  expect(form.status()).toBe(415);

  const crossOriginJson = await request.post(mutation, {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: body,
  });
  expect(crossOriginJson.status()).toBe(403);

  const crossSite = await request.post(mutation, {
    headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    data: body,
  });
  expect(crossSite.status()).toBe(403);

  const profile = await request.get("/api/trpc/account.profile");
  expect((await profile.json()).result.data.json.name).toBe("Ada Example");

  const sameOrigin = await request.post(mutation, {
    headers: { origin: new URL(baseURL ?? "").origin, "content-type": "application/json" },
    data: body,
  });
  expect(sameOrigin.status()).toBe(200);
});

test("oversized batches are refused", async ({ page }) => {
  await signUp(page, uniqueEmail("batch"));
  const paths = Array.from({ length: 11 }, () => "account.profile").join(",");
  const input = encodeURIComponent(JSON.stringify({}));
  const response = await page.context().request.get(`/api/trpc/${paths}?batch=1&input=${input}`);
  expect(response.status()).toBe(400);
});

test("pages carry security headers and a nonce-based CSP", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"]).toMatch(/^[\w-]+$/);
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: "up" });
});

test("errors reach the client without stack traces", async ({ page }) => {
  await signUp(page, uniqueEmail("errors"));
  const response = await page.context().request.post(mutation, {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { name: "x", timeZone: "Mars/Olympus" } }),
  });
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text).not.toContain("stack");
  expect(JSON.parse(text).error.json.data.fieldErrors).toEqual({ timeZone: ["not a known time zone"] });
});

test("a server action posted from another site is a clear 403 and creates nothing", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("cross-site-action");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Mallory");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  // The browser's own post, held back and replayed as another site would send it.
  let held: { headers: Record<string, string>; body: Buffer | null } | undefined;
  await page.route("**/sign-up", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    held = { headers: route.request().headers(), body: route.request().postDataBuffer() };
    return route.abort();
  });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect.poll(() => held?.headers["next-action"]).toBeTruthy();

  const forged = await request.post("/sign-up", {
    headers: { ...held?.headers, origin: "https://evil.example" },
    data: held?.body ?? "",
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("cross-site requests are refused");

  await page.unroute("**/sign-up");
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("email or password is wrong");
});
