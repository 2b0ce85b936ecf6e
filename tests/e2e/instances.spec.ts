import { expect, test, type APIRequestContext } from "@playwright/test";
import postgres from "postgres";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";
import { spawnServer, type SpawnedServer } from "./spawn-server";

// A second app server on the postgres project's database: what one instance decides, the other must honour.
test.describe.configure({ mode: "serial" });

let second: SpawnedServer | undefined;
let secondUrl = "";

test.beforeAll(async () => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("the postgres project runs with E2E_DATABASE_URL");
  second = await spawnServer({ DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.E2E_PG_AUTH_SECRET });
  secondUrl = second.url;
});

test.afterAll(async () => {
  await second?.stop();
});

async function postSignIn(api: APIRequestContext, base: string, email: string, password: string) {
  const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  return api.post(`${base}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken },
    maxRedirects: 0,
  });
}

async function failSignIn(api: APIRequestContext, base: string, email: string, password: string) {
  return (await postSignIn(api, base, email, password)).headers().location ?? "";
}

test("a session signed out on one instance is refused by the other on its next request @postgres-only", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("two-instances"));
  // Cookies belong to the host, not the port: the same browser talks to both instances.
  const api = page.context().request;
  expect((await api.get(`${secondUrl}/api/trpc/account.profile`)).status()).toBe(200);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await api.get(`${secondUrl}/api/trpc/account.profile`)).status()).toBe(401);
});

test("sign-in failures are counted once across both instances @postgres-only", async ({ page, baseURL }) => {
  const email = uniqueEmail("counted-once");
  await signUp(page, email);
  const api = page.context().request;
  for (let attempt = 0; attempt < 10; attempt++) {
    const base = attempt % 2 === 0 ? (baseURL ?? "") : secondUrl;
    expect(await failSignIn(api, base, email, `wrong ${attempt}`)).toContain("error=CredentialsSignin");
  }
  for (const base of [baseURL ?? "", secondUrl]) {
    const refused = await postSignIn(api, base, email, PASSWORD);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);
    expect(await refused.text()).toMatch(/^too many failed attempts; wait 15 minutes and try again/);
  }
});

test("REST calls with one token are counted once across both instances @postgres-only", async ({
  page,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("rest-once"));
  const created = await page.request.post("/api/trpc/apiTokens.create", {
    data: { json: { name: "two instances", scope: "read" } },
  });
  const { token } = ((await created.json()) as { result: { data: { json: { token: string } } } }).result.data
    .json;
  const headers = { authorization: `Bearer ${token}` };
  const api = page.context().request;
  for (let n = 0; n < 300; n++) {
    const base = n % 2 === 0 ? (baseURL ?? "") : secondUrl;
    expect((await api.get(`${base}/api/v1/skills/catalogue`, { headers })).status()).toBe(200);
  }
  for (const base of [baseURL ?? "", secondUrl]) {
    const refused = await api.get(`${base}/api/v1/skills/catalogue`, { headers });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  }
});

test("a user disabled on one instance is refused by both at once @postgres-only", async ({
  page,
  browser,
}) => {
  const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
  const adminEmail = uniqueEmail("instances-admin");
  await signUp(page, adminEmail);
  // The shared database's first account is whichever test signed up first; this test makes its own admin.
  const sql = postgres(databaseUrl, { max: 1 });
  await sql`update users set is_admin = true where email = ${adminEmail}`;
  await sql.end();

  const member = await (await browser.newContext()).newPage();
  const memberEmail = uniqueEmail("instances-member");
  await signUp(member, memberEmail);
  const minted = await member.request.post("/api/trpc/apiTokens.create", {
    data: { json: { name: "two instances", scope: "read" } },
  });
  const { token } = ((await minted.json()) as { result: { data: { json: { token: string } } } }).result.data
    .json;
  const bearer = { authorization: `Bearer ${token}` };
  const memberApi = member.context().request;
  expect((await memberApi.get(`${secondUrl}/api/trpc/account.profile`)).status()).toBe(200);

  const input = encodeURIComponent(JSON.stringify({ json: { query: memberEmail } }));
  const found = await page.request.get(`/api/trpc/admin.users?input=${input}`);
  const { items } = ((await found.json()) as { result: { data: { json: { items: { id: string }[] } } } })
    .result.data.json;
  const disabled = await page.request.post("/api/trpc/admin.disableUser", {
    data: { json: { userId: items[0]?.id } },
  });
  expect(disabled.status()).toBe(200);

  for (const base of ["", secondUrl]) {
    expect((await memberApi.get(`${base}/api/trpc/account.profile`)).status()).toBe(401);
    expect((await memberApi.get(`${base}/api/v1/skills/catalogue`, { headers: bearer })).status()).toBe(401);
  }
  expect(await failSignIn(memberApi, secondUrl, memberEmail, PASSWORD)).toContain("error=AccountDisabled");
});
