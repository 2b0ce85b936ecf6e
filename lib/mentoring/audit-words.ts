import { MENTORSHIP_SCOPES, type MentorshipScope } from "./rules";
import { SCOPE_LABELS } from "./scopes";

/** Audit actions as people read them; reads are "read <procedure>", mentor writes "write <procedure>". */
const KNOWN_ACTIONS: Record<string, string> = {
  "invitation.created": "Created an invitation",
  "invitation.revoked": "Withdrew an invitation",
  "mentorship.started": "Accepted the invitation: mentorship started",
  "mentorship.scopes_changed": "Changed the shared sections",
  "mentorship.ended": "Ended the mentorship",
  "mentorship.left": "Left the mentorship",
  "read mentoring.viewing": "Opened your pages as your mentor",
  "read mentoring.mentees": "Read your readiness and activity on their mentor dashboard",
};

const PROCEDURE_WORDS: Record<string, string> = {
  skills: "skills",
  projects: "projects",
  interviews: "interviews",
  goals: "levels and gaps",
  salaries: "pay",
  reviews: "reviews",
  mentoring: "mentoring",
};

export function auditActionWords(action: string): string {
  const known = KNOWN_ACTIONS[action];
  if (known) return known;
  const match = /^(read|write) ([\w]+)\.([\w]+)$/.exec(action);
  if (match) {
    const [, kind, domain = "", procedure = ""] = match;
    const area = PROCEDURE_WORDS[domain] ?? domain;
    return `${kind === "read" ? "Read" : "Wrote"} ${area} (${procedure})`;
  }
  return action;
}

const SCOPE_KEYS = new Set(["scopes", "added", "removed", "before", "after"]);

function valueWords(key: string, value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    const words = value.map((item) =>
      SCOPE_KEYS.has(key) && isScope(item) ? SCOPE_LABELS[item].label : String(item),
    );
    return words.join(", ");
  }
  if (value === null || value === undefined) return "none";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function isScope(value: unknown): value is MentorshipScope {
  return typeof value === "string" && (MENTORSHIP_SCOPES as readonly string[]).includes(value);
}

/** Detail keys that are not already words. */
const DETAIL_KEY_WORDS: Record<string, string> = { cancelledRequests: "review requests cancelled" };

/** "added: Compensation · removed: none"; ids and the full before/after sets are left out as noise. */
export function auditDetailWords(detail: Record<string, unknown> | null | undefined): string {
  if (!detail) return "";
  return Object.entries(detail)
    .filter(([key]) => !key.endsWith("Id") && key !== "before" && key !== "after")
    .map(([key, value]) => `${DETAIL_KEY_WORDS[key] ?? key}: ${valueWords(key, value)}`)
    .join(" · ");
}
