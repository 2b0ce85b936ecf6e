import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const LINK = "[x](javascript:alert(3))";
/** All three in one string, for every field long enough to hold it. */
const ALL = `${IMG} ${SCRIPT} ${LINK}`;

/** Data goes in through the app's own API from the signed-in page, as the forms send it. */
async function api<T>(
  page: Page,
  path: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
): Promise<T> {
  return page.evaluate(
    async ({ path, input, kind }) => {
      const body = JSON.stringify({ json: input });
      const response =
        kind === "mutation"
          ? await fetch(`/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            })
          : await fetch(`/api/trpc/${path}?input=${encodeURIComponent(body)}`);
      const payload = await response.json();
      if (!response.ok) throw new Error(`${path} failed: ${JSON.stringify(payload)}`);
      return payload.result.data.json;
    },
    { path, input, kind },
  );
}

/** Fails the test on any dialog: an alert() from injected markup is the one thing this test looks for. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main")).toBeVisible();
  expect(await page.locator('img[src="x"]').count(), `${url} rendered an injected <img>`).toBe(0);
  expect(await page.locator('a[href^="javascript" i]').count(), `${url} rendered a javascript: link`).toBe(0);
  const scripts = await page
    .locator("script")
    .evaluateAll((nodes) =>
      nodes.filter(
        (node) => (node.textContent ?? "").includes("alert(2)") && !node.textContent?.includes("self.__next"),
      ),
    );
  expect(scripts.length, `${url} rendered an injected <script>`).toBe(0);
}

// React renders the same HTML on either database (storage of any text is tested on both in tests/integration).
test("every free-text field renders inert for the mentee and the mentor @embedded-only", async ({
  browser,
}) => {
  // It fills about forty fields and visits twenty pages as two people, so it gets more than the default.
  test.setTimeout(300_000);
  const menteeContext = await browser.newContext();
  const mentorContext = await browser.newContext();
  const mentee = await menteeContext.newPage();
  const mentor = await mentorContext.newPage();
  const dialogs = [...[mentee, mentor].map(watchDialogs)];

  await signUp(mentee, uniqueEmail("xss-mentee"));
  await signUp(mentor, uniqueEmail("xss-mentor"));
  await api(mentee, "account.updateProfile", { name: ALL, timeZone: "UTC" });
  await api(mentor, "account.updateProfile", { name: ALL, timeZone: "UTC" });

  const skill = await api<{ id: string }>(mentee, "skills.addSkill", {
    name: ALL,
    kind: "tool",
    description: ALL,
  });
  await api(mentee, "skills.assess", { skillId: skill.id, level: 3, assessedOn: "2026-06-01", note: ALL });
  const project = await api<{ id: string }>(mentee, "projects.create", {
    title: ALL,
    role: ALL,
    company: ALL,
    startedOn: "2025-01-01",
    description: ALL,
    technologies: [IMG, SCRIPT, LINK],
  });
  await api(mentee, "projects.outcomes.add", {
    projectId: project.id,
    metric: ALL,
    result: 42,
    unit: SCRIPT,
    timeframe: ALL,
  });
  const application = await api<{ id: string }>(mentee, "interviews.create", {
    company: ALL,
    role: ALL,
    levelApplied: ALL,
    channel: ALL,
    appliedOn: "2026-01-05",
    notes: ALL,
  });
  const round = await api<{ id: string }>(mentee, "interviews.addRound", {
    applicationId: application.id,
    stage: IMG,
    outcome: "failed",
    feedback: ALL,
    failureReasons: [ALL],
    scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  });

  const invite = await api<{ token: string }>(mentee, "mentoring.invite", {
    scopes: ["skills", "projects", "interviews", "companies", "gaps", "compensation"],
  });
  const { mentorshipId } = await api<{ mentorshipId: string }>(mentor, "mentoring.accept", {
    token: invite.token,
  });
  const menteeId = (await api<{ id: string }>(mentee, "account.profile", undefined, "query")).id;

  for (const subject of [
    { subjectType: "skill", subjectId: skill.id },
    { subjectType: "project", subjectId: project.id },
    { subjectType: "round", subjectId: round.id },
    { subjectType: "profile" },
  ]) {
    await api(mentor, "reviews.comment", { menteeId, ...subject, body: ALL });
    await api(mentee, "reviews.comment", { mentorshipId, ...subject, body: ALL });
  }
  await api(mentor, "reviews.endorse", {
    menteeId,
    skillId: skill.id,
    level: 4,
    assessedOn: "2026-06-02",
    note: ALL,
  });
  await api(mentee, "reviews.requestReview", {
    mentorshipId,
    subjectType: "project",
    subjectId: project.id,
    dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    note: ALL,
  });

  for (const url of [
    "/dashboard",
    "/skills",
    `/skills/${skill.id}`,
    "/projects",
    "/interviews",
    `/interviews/${application.id}`,
    "/levels",
    "/mentoring",
    "/mentoring/activity",
    "/notifications",
    "/settings",
  ])
    await expectInert(mentee, url);
  // The payload is shown as text, not dropped: the skill page names the skill literally.
  await mentee.goto(`/skills/${skill.id}`);
  await expect(mentee.getByText(IMG, { exact: false }).first()).toBeVisible();

  const as = (path: string) => `${path}${path.includes("?") ? "&" : "?"}mentee=${menteeId}`;
  for (const url of [
    "/mentoring",
    as("/skills"),
    as(`/skills/${skill.id}`),
    as("/projects"),
    as("/interviews"),
    as(`/interviews/${application.id}`),
    as("/levels"),
    as("/levels/pay"),
    "/notifications",
  ])
    await expectInert(mentor, url);
  await mentor.goto(as(`/skills/${skill.id}`));
  await expect(mentor.getByText(IMG, { exact: false }).first()).toBeVisible();

  expect(dialogs.flat()).toEqual([]);
  await menteeContext.close();
  await mentorContext.close();
});
