import type { DemoApplication, DemoStatus } from "./history-core";

export interface ApplicationTemplate {
  company: string;
  role: string;
  levelApplied: DemoApplication["levelApplied"];
  channel: string;
  daysAgo: number;
  status: DemoStatus;
  /** INTERVIEW_STAGES keys in the order they happened; the last one carries the application's fate. */
  stages: string[];
  /** Interviewing only: the pending last round's day relative to today (negative: held, awaiting a result). */
  pendingInDays?: number;
  failure?: { reasons: string[]; feedback: string | null };
  offer?: { baseMinor: number; bonusMinor: number; equityMinor: number; level: string };
  /** A follow-up on the last held round, days from today. */
  followUpInDays?: number;
  notes?: string;
}

type Extra = Pick<ApplicationTemplate, "pendingInDays" | "failure" | "offer" | "followUpInDays" | "notes">;

const app = (
  [company, role, levelApplied, channel]: [string, string, ApplicationTemplate["levelApplied"], string],
  daysAgo: number,
  status: DemoStatus,
  stages: string[],
  extra: Extra = {},
): ApplicationTemplate => ({ company, role, levelApplied, channel, daysAgo, status, stages, ...extra });

const USD = (dollars: number) => dollars * 100;
const ACCEPTED = "Cobalt Ledger";

/** Two search waves (the first ends in a job at Cobalt Ledger), two tempting roles between, in date order. */
export const APPLICATIONS: readonly ApplicationTemplate[] = [
  app(
    ["Harborview Analytics", "Backend Developer", "Mid", "Job board"],
    508,
    "rejected",
    ["phone-screen", "coding-assessment"],
    {
      failure: {
        reasons: ["inadequate-preparation", "Ran out of time on the second problem"],
        feedback: "First solution was correct and clean; the second problem was left unfinished.",
      },
    },
  ),
  app(["Parcelwise", "Software Engineer, Backend", "Mid", "Company site"], 500, "ghosted", ["phone-screen"]),
  app(
    ["Tessellate Health", "Backend Engineer (Python)", "Mid", "Recruiter"],
    491,
    "rejected",
    ["phone-screen", "technical-interview", "system-design"],
    {
      failure: {
        reasons: ["poor-problem-solving"],
        feedback: "The schema did not hold up once multi-tenancy came in; reached for caching too early.",
      },
    },
  ),
  app(["Fernway Travel", "API Developer", "Entry", "Job board"], 482, "rejected", ["phone-screen"], {
    failure: { reasons: ["unclear-communication"], feedback: null },
  }),
  app(["Orbitkit", "Backend Engineer", "Mid", "Referral"], 468, "withdrawn", ["phone-screen", "take-home"], {
    notes: "Withdrew: the take-home was a twelve-hour build.",
  }),
  app(["Lumen Grid Energy", "Platform Engineer", "Mid", "Network"], 456, "ghosted", [
    "phone-screen",
    "technical-interview",
  ]),
  app(
    [ACCEPTED, "Backend Engineer", "Mid", "Referral"],
    443,
    "accepted",
    ["phone-screen", "coding-assessment", "system-design", "behavioral", "offer-call"],
    {
      offer: { baseMinor: USD(118_000), bonusMinor: USD(8_000), equityMinor: USD(20_000), level: "Mid" },
      notes: "Accepted. Ledger team, hybrid, starting in three weeks.",
    },
  ),
  app(
    ["Kestrel Security", "Backend Engineer, Identity", "Mid", "Recruiter"],
    438,
    "withdrawn",
    ["phone-screen", "technical-interview"],
    { notes: `Withdrew once the ${ACCEPTED} offer was on the table.` },
  ),
  app(
    ["Driftwood Games", "Senior Backend Engineer", "Senior", "Recruiter"],
    298,
    "rejected",
    ["phone-screen", "coding-assessment", "onsite"],
    {
      failure: {
        reasons: ["unclear-communication"],
        feedback: "Strong coding, but the trade-offs were never said out loud.",
      },
    },
  ),
  app(["Sableworks", "Backend Engineer II", "Mid", "Job board"], 228, "ghosted", [
    "phone-screen",
    "take-home",
  ]),
  app(
    ["Heliotrope Labs", "Senior Backend Engineer", "Senior", "Job board"],
    118,
    "rejected",
    ["phone-screen", "technical-interview", "system-design", "behavioral"],
    {
      failure: {
        reasons: ["unclear-communication"],
        feedback: "Good technical rounds; the conflict story lacked a concrete outcome.",
      },
    },
  ),
  app(["Ridgeline Bank", "Senior Software Engineer, Payments", "Senior", "Recruiter"], 96, "ghosted", [
    "phone-screen",
  ]),
  app(
    ["Juniper Mobility", "Senior Backend Engineer", "Senior", "Referral"],
    84,
    "rejected",
    ["phone-screen", "coding-assessment", "technical-interview", "system-design", "onsite"],
    {
      failure: {
        reasons: ["poor-problem-solving"],
        feedback: "Close call; the other finalist had more Kubernetes depth.",
      },
    },
  ),
  app(
    ["Glasshouse Retail", "Senior Platform Engineer", "Senior", "Network"],
    61,
    "rejected",
    ["phone-screen", "technical-interview"],
    { failure: { reasons: ["inadequate-preparation"], feedback: null } },
  ),
  app(
    ["Vantage Rail", "Senior Backend Engineer", "Senior", "Referral"],
    50,
    "offer",
    ["phone-screen", "technical-interview", "system-design", "behavioral", "offer-call"],
    {
      offer: { baseMinor: USD(152_000), bonusMinor: USD(15_000), equityMinor: USD(60_000), level: "Senior" },
      followUpInDays: 0,
      notes: "Offer in writing; decision due soon. Ask about on-call pay.",
    },
  ),
  app(
    ["Pinecrest Insurance", "Backend Engineer, Claims API", "Senior", "Recruiter"],
    33,
    "interviewing",
    ["phone-screen", "take-home", "technical-interview", "onsite"],
    { pendingInDays: -2, followUpInDays: 1 },
  ),
  app(
    ["Saltmarsh Media", "Senior Backend Engineer", "Senior", "Company site"],
    26,
    "interviewing",
    ["phone-screen", "coding-assessment", "system-design"],
    { pendingInDays: 4 },
  ),
  app(
    ["Marlow & Finch", "Backend Engineer (Go)", "Mid", "Job board"],
    19,
    "interviewing",
    ["phone-screen", "technical-interview"],
    { pendingInDays: 11 },
  ),
  app(["Quillpay", "Senior API Engineer", "Senior", "Company site"], 9, "applied", []),
  app(["Atlas Freightworks", "Senior Backend Engineer", "Senior", "Referral"], 3, "applied", []),
];
