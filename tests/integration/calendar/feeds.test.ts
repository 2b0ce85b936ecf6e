import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { calendarFeeds } from "@/db/schema";
import { deleteApplication } from "@/server/interviews/applications";
import { deleteRound } from "@/server/interviews/rounds";
import { feedForToken } from "@/server/calendar/feeds";
import { hashSecretToken } from "@/server/secret-token";
import { createTestDb } from "@/tests/helpers/db";
import { createApplication, createRound, newCaller } from "@/tests/helpers/factories";
import { actorOf } from "@/tests/helpers/integration-extra";

const APP_URL = "https://trajectory.example";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string | null;
  allDay: boolean;
  start: string;
  end: string;
}

/** The feed read back by an independent parser: ical.js. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const when = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());
    const status = component.getFirstPropertyValue("status");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: typeof status === "string" ? status : null,
      allDay: event.startDate.isDate,
      start: when(event.startDate),
      end: when(event.endDate),
    };
  });
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

async function feedText(token: string, now = new Date()): Promise<string> {
  const text = await feedForToken(handle.db, token, APP_URL, now);
  if (text === null) throw new Error("the feed was refused");
  return text;
}

describe("calendar feed", () => {
  it("holds every upcoming round and follow-up with its time and a stable UID, and only those", async () => {
    const { user, api } = await newCaller(handle.db);
    const application = await createApplication(handle.db, user, {
      company: "Acme",
      role: "Backend Engineer",
    });
    const soon = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
    const recent = new Date(Math.ceil((Date.now() - 10 * DAY) / HOUR) * HOUR);
    const upcoming = await createRound(handle.db, user, {
      applicationId: application.id,
      stage: "onsite",
      scheduledAt: soon,
    });
    const recentRound = await createRound(handle.db, user, {
      applicationId: application.id,
      scheduledAt: recent,
    });
    const old = await createRound(handle.db, user, {
      applicationId: application.id,
      scheduledAt: new Date(Date.now() - 60 * DAY),
    });
    const followUpDay = new Date(Date.now() + 5 * DAY).toISOString().slice(0, 10);
    const withFollowUp = await createRound(handle.db, user, {
      applicationId: application.id,
      scheduledAt: new Date(Date.now() - 90 * DAY),
      followUpOn: followUpDay,
    });
    const unscheduled = await createRound(handle.db, user, {
      applicationId: application.id,
      stage: "take-home",
    });

    expect(await api.calendar.feed()).toEqual({ exists: false, createdAt: null, lastFetchedAt: null });
    const { url } = await api.calendar.createFeed();
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = await api.calendar.feed();
    expect(status).toMatchObject({ exists: true, lastFetchedAt: null });
    expect(JSON.stringify(status)).not.toContain(tokenOf(url).replace(".ics", ""));

    const events = parseFeed(await feedText(tokenOf(url)));
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(
      [
        `round-${upcoming.id}@trajectory`,
        `round-${recentRound.id}@trajectory`,
        `follow-up-${withFollowUp.id}@trajectory`,
      ].sort(),
    );
    expect(byUid.get(`round-${upcoming.id}@trajectory`)).toMatchObject({
      summary: "Onsite: Acme (Backend Engineer)",
      allDay: false,
      start: soon.toISOString(),
      end: new Date(soon.getTime() + HOUR).toISOString(),
      status: "CONFIRMED",
    });
    expect(byUid.get(`round-${upcoming.id}@trajectory`)?.description).toContain(
      `${APP_URL}/interviews/${application.id}`,
    );
    expect(byUid.get(`follow-up-${withFollowUp.id}@trajectory`)).toMatchObject({
      allDay: true,
      start: followUpDay,
    });
    expect(events.some((event) => event.uid.includes(old.id) || event.uid.includes(unscheduled.id))).toBe(
      false,
    );
    expect((await api.calendar.feed()).lastFetchedAt).toBeInstanceOf(Date);
  });

  it("drops a deleted round and the rounds of a deleted application on the next fetch", async () => {
    const { user, api } = await newCaller(handle.db);
    const kept = await createApplication(handle.db, user);
    const dropped = await createApplication(handle.db, user, { company: "Gone Ltd" });
    const at = new Date(Date.now() + 3 * DAY);
    const stays = await createRound(handle.db, user, { applicationId: kept.id, scheduledAt: at });
    const deleted = await createRound(handle.db, user, {
      applicationId: kept.id,
      scheduledAt: at,
      followUpOn: "2027-01-01",
    });
    await createRound(handle.db, user, { applicationId: dropped.id, scheduledAt: at });
    const token = tokenOf((await api.calendar.createFeed()).url);
    expect(parseFeed(await feedText(token))).toHaveLength(4);

    await deleteRound(handle.db, actorOf(user), deleted.id);
    await deleteApplication(handle.db, actorOf(user), dropped.id);
    expect(parseFeed(await feedText(token)).map((event) => event.uid)).toEqual([
      `round-${stays.id}@trajectory`,
    ]);
  });

  it("never shows another user's rounds, and another user cannot see or revoke the feed", async () => {
    const owner = await newCaller(handle.db);
    const stranger = await newCaller(handle.db);
    const theirs = await createApplication(handle.db, stranger.user, { company: "Secret Corp" });
    await createRound(handle.db, stranger.user, {
      applicationId: theirs.id,
      scheduledAt: new Date(Date.now() + DAY),
    });
    const token = tokenOf((await owner.api.calendar.createFeed()).url);

    expect(await stranger.api.calendar.feed()).toMatchObject({ exists: false });
    expect(await stranger.api.calendar.revokeFeed()).toEqual({ revoked: false });
    const text = await feedText(token);
    expect(text).not.toContain("Secret Corp");
    expect(parseFeed(text)).toEqual([]);
  });

  it("refuses a revoked token on the next fetch, and a new feed replaces the old one", async () => {
    const { user, api } = await newCaller(handle.db);
    const first = tokenOf((await api.calendar.createFeed()).url);
    await feedText(first);
    const second = tokenOf((await api.calendar.createFeed()).url);
    expect(await feedForToken(handle.db, first, APP_URL)).toBeNull();
    await feedText(second);
    expect(await api.calendar.revokeFeed()).toEqual({ revoked: true });
    expect(await feedForToken(handle.db, second, APP_URL)).toBeNull();
    expect(await api.calendar.feed()).toMatchObject({ exists: false });
    const rows = await handle.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, user.id));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
    // Only hashes are stored.
    expect(rows.map((row) => row.tokenHash).sort()).toEqual(
      [hashSecretToken(first.replace(".ics", "")), hashSecretToken(second.replace(".ics", ""))].sort(),
    );
  });

  it("refuses unknown and malformed tokens without detail", async () => {
    expect(await feedForToken(handle.db, "A".repeat(43), APP_URL)).toBeNull();
    expect(await feedForToken(handle.db, "A".repeat(43) + ".ics", APP_URL)).toBeNull();
    expect(await feedForToken(handle.db, "../../etc/passwd", APP_URL)).toBeNull();
    expect(await feedForToken(handle.db, "", APP_URL)).toBeNull();
  });

  it("escapes commas, semicolons, backslashes and newlines so the text survives a round trip", async () => {
    const { user, api } = await newCaller(handle.db);
    const company = 'Acme, Inc; "Best"\\ Co';
    const role = "Engineer;\nBackend, Platform";
    const application = await createApplication(handle.db, user, { company, role });
    await createRound(handle.db, user, {
      applicationId: application.id,
      stage: "Chat; with, team",
      scheduledAt: new Date(Date.now() + DAY),
    });
    const [event] = parseFeed(await feedText(tokenOf((await api.calendar.createFeed()).url)));
    expect(event?.summary).toBe(`Chat; with, team: ${company} (${role})`);
    expect(event?.description).toContain(`for ${role} at ${company}.`);
  });
});
