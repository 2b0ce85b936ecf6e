import { type DemoOutcome, type DemoProject, HISTORY_DAYS, type Rng } from "./history-core";
import { addDays } from "@/lib/dates";

interface ProjectTemplate extends Omit<DemoProject, "key" | "startedOn" | "endedOn"> {
  /** Days after the history starts. */
  startDay: number;
  /** null: still going. */
  durationDays: number | null;
}

const OLD_JOB = "Brightline Logistics";
const NEW_JOB = "Cobalt Ledger";

const outcome = (
  metric: string,
  baseline: number | null,
  result: number,
  unit: string,
  timeframe: string | null,
  extra: Partial<Pick<DemoOutcome, "confidence" | "confidential">> = {},
): DemoOutcome => ({
  metric,
  baseline,
  result,
  unit,
  timeframe,
  confidence: extra.confidence ?? "measured",
  confidential: extra.confidential ?? false,
});

/** In start order: a year and a half at two employers plus two side projects. */
const PROJECTS: readonly ProjectTemplate[] = [
  {
    title: "Shipment tracking API v2",
    role: "Backend developer",
    company: OLD_JOB,
    startDay: 10,
    durationDays: 75,
    description:
      "Rewrote the tracking endpoints behind the customer portal with pagination and proper caching headers.",
    technologies: ["JavaScript/Node.js", "Express.js", "PostgreSQL", "Redis"],
    skills: ["programming", "apis", "own:postgresql"],
    outcomes: [
      outcome("p95 latency", 820, 310, "ms", "4 weeks after launch"),
      outcome("Error rate", 2.1, 0.4, "%", "first month"),
    ],
  },
  {
    title: "Slow query clean-up",
    role: "Backend developer",
    company: OLD_JOB,
    startDay: 45,
    durationDays: 40,
    description:
      "Found the ten slowest queries with pg_stat_statements and fixed them with indexes and rewrites.",
    technologies: ["PostgreSQL", "SQL"],
    skills: ["database-design", "problem-solving", "own:postgresql"],
    outcomes: [outcome("p95 query time", 1400, 180, "ms", null)],
  },
  {
    title: "CI pipeline with Docker builds",
    role: "Backend developer",
    company: OLD_JOB,
    startDay: 75,
    durationDays: 55,
    description:
      "Moved the monolith's builds to Jenkins with cached Docker layers and a test stage that blocks merges.",
    technologies: ["Jenkins", "Docker", "Git"],
    skills: ["version-control", "testing", "own:docker"],
    outcomes: [
      outcome("Deploy time", 45, 12, "minutes", null),
      outcome("Test coverage", 38, 61, "%", "over 2 months"),
    ],
  },
  {
    title: "Carrier webhook ingestion",
    role: "Backend developer",
    company: OLD_JOB,
    startDay: 110,
    durationDays: 50,
    description:
      "Queued inbound carrier webhooks instead of handling them inline, with retries and idempotency keys.",
    technologies: ["Python", "Flask", "RabbitMQ", "PostgreSQL"],
    skills: ["programming", "apis", "server-management"],
    outcomes: [
      outcome("Throughput", 120, 900, "req/s", "load test"),
      outcome("Incidents per month", 6, 2, "incidents", "quarter after launch", { confidence: "estimated" }),
    ],
  },
  {
    title: "Rate limiter library",
    role: "Author",
    company: null,
    startDay: 95,
    durationDays: 70,
    description:
      "A token-bucket rate limiter for Express.js backed by Redis, published as a small open-source package.",
    technologies: ["JavaScript/Node.js", "Express.js", "Redis", "Git"],
    skills: ["programming", "testing", "version-control"],
    outcomes: [
      outcome("Throughput", null, 25000, "req/s", "benchmark on a laptop"),
      outcome("Test coverage", null, 92, "%", null),
    ],
  },
  {
    title: "Ledger services onto Kubernetes",
    role: "Backend engineer",
    company: NEW_JOB,
    startDay: 175,
    durationDays: 100,
    description:
      "Containerised four ledger services and moved them from hand-managed VMs to a managed Kubernetes cluster.",
    technologies: ["Docker", "Kubernetes", "AWS", "Nginx"],
    skills: ["server-management", "own:docker", "own:kubernetes", "team-collaboration"],
    outcomes: [
      outcome("Deploy time", 30, 6, "minutes", null),
      outcome("Infra cost per month", 14200, 9800, "USD", "3 months after the move", {
        confidence: "estimated",
        confidential: true,
      }),
    ],
  },
  {
    title: "Payments reconciliation jobs",
    role: "Backend engineer",
    company: NEW_JOB,
    startDay: 205,
    durationDays: 80,
    description:
      "Nightly jobs that match bank statements to ledger entries and flag mismatches for the finance team.",
    technologies: ["Python", "Django", "PostgreSQL"],
    skills: ["database-design", "testing", "problem-solving"],
    outcomes: [
      outcome("Unmatched entry rate", 1.2, 0.15, "%", "over 6 weeks", { confidential: true }),
      outcome("Manual review time", 300, 45, "minutes", "per day", { confidence: "estimated" }),
    ],
  },
  {
    title: "Partner GraphQL gateway",
    role: "Backend engineer",
    company: NEW_JOB,
    startDay: 260,
    durationDays: 90,
    description:
      "A GraphQL gateway in front of three REST services so partners stop stitching calls together.",
    technologies: ["GraphQL", "JavaScript/Node.js", "Redis"],
    skills: ["apis", "security", "programming", "team-collaboration"],
    outcomes: [
      outcome("p95 latency", 450, 160, "ms", null),
      outcome("Throughput", 300, 1100, "req/s", "peak hour"),
    ],
  },
  {
    title: "Retry middleware for Express.js",
    role: "Contributor",
    company: null,
    startDay: 300,
    durationDays: 30,
    description: "Added jittered back-off and a circuit breaker to an open-source HTTP client middleware.",
    technologies: ["JavaScript/Node.js", "Express.js", "Git"],
    skills: ["programming", "version-control", "testing"],
    outcomes: [outcome("Test coverage", 71, 88, "%", null)],
  },
  {
    title: "Secrets rotation and audit log",
    role: "Backend engineer",
    company: NEW_JOB,
    startDay: 345,
    durationDays: 60,
    description:
      "Rotated database and API credentials automatically and wrote an append-only audit log for access.",
    technologies: ["AWS", "Kubernetes", "PostgreSQL"],
    skills: ["security", "server-management", "own:kubernetes"],
    outcomes: [
      outcome("Incidents per month", 3, 0, "incidents", "2 quarters", { confidence: "estimated" }),
      outcome("Credential age", 400, 30, "days", null),
    ],
  },
  {
    title: "Ledger event pipeline",
    role: "Lead backend engineer",
    company: NEW_JOB,
    startDay: 420,
    durationDays: null,
    description:
      "Replacing polling between services with events on RabbitMQ; two consumers live, three to go.",
    technologies: ["RabbitMQ", "Go", "PostgreSQL", "Docker"],
    skills: ["programming", "database-design", "apis", "own:docker"],
    outcomes: [
      outcome("Throughput", 400, 2500, "req/s", "first 6 weeks", { confidence: "estimated" }),
      outcome("p95 latency", 900, 120, "ms", null),
    ],
  },
  {
    title: "Contract tests for internal APIs",
    role: "Backend engineer",
    company: NEW_JOB,
    startDay: 480,
    durationDays: null,
    description: "Consumer-driven contract tests between the ledger services, run on every pull request.",
    technologies: ["Postman", "Jenkins", "JavaScript/Node.js"],
    skills: ["testing", "apis", "team-collaboration"],
    outcomes: [
      outcome("Test coverage", 55, 78, "%", null),
      outcome("Incidents per month", 4, 1, "incidents", "since rollout", { confidence: "estimated" }),
    ],
  },
];

/** Twelve projects with jittered dates; finished ones end before today, the last two are ongoing. */
export function buildProjects(rng: Rng, today: string): DemoProject[] {
  const start = addDays(today, -HISTORY_DAYS);
  return PROJECTS.map(({ startDay, durationDays, ...template }, index) => {
    const startedOn = addDays(start, startDay + rng.int(-4, 4));
    const planned = durationDays === null ? null : addDays(startedOn, durationDays + rng.int(-6, 6));
    const yesterday = addDays(today, -1);
    const endedOn = planned === null ? null : planned < yesterday ? planned : yesterday;
    return {
      key: `p${index + 1}`,
      ...template,
      startedOn,
      endedOn: endedOn !== null && endedOn < startedOn ? startedOn : endedOn,
      technologies: [...template.technologies],
      skills: [...template.skills],
      outcomes: template.outcomes.map((item) => ({ ...item })),
    };
  });
}
