import { findNumbers, formatNumber, mentionStates } from "./numbers";

type BulletIssueCode = "no-number" | "no-action-verb" | "no-outcome" | "confidential-number";

export interface BulletIssue {
  code: BulletIssueCode;
  message: string;
}

/** A confidential outcome of the project: none of its numbers may appear in a bullet. */
export interface ConfidentialFigures {
  metric: string;
  baseline: number | null;
  result: number;
}

/** Strong past-tense openers; weak ones ("worked", "helped", "was responsible") are left out on purpose. */
const ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    "accelerated achieved automated boosted built consolidated converted created cut decreased delivered " +
    "designed developed doubled drove eliminated enabled engineered established expanded grew halved " +
    "implemented improved increased introduced launched led lowered migrated modernized modernised " +
    "optimized optimised orchestrated overhauled pioneered raised rebuilt redesigned reduced refactored " +
    "replaced rewrote saved scaled secured shipped shortened simplified slashed spearheaded standardized " +
    "standardised streamlined tripled unified upgraded"
  ).split(" "),
);

// Words and shapes that state a result rather than an activity.
const OUTCOME_WORDS =
  /\b(reduc\w*|increas\w*|decreas\w*|cut|cuts|sav(ed|ing|ings)|improv\w*|grew|grow\w*|rais\w*|lower\w*|boost\w*|doubl\w*|tripl\w*|halv\w*|eliminat\w*|accelerat\w*|shorten\w*|slash\w*|faster|fewer|higher|resulting|leading to|enabling)\b/i;
const FROM_TO = /\bfrom\b.+\bto\b/i;
const PERCENT_OR_MULTIPLE = /\d\s?(%|x\b|×|percent|percentage points?|pp\b)/i;

/** The first word, without a list marker ("- ", "• ", "* ") or punctuation around it. */
export function firstWord(text: string): string {
  const stripped = text.trim().replace(/^[-–—•*·>\s]+/, "");
  return (stripped.split(/\s+/)[0] ?? "").replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").toLowerCase();
}

/** Issues with a bullet a person wrote; an empty list means it reads like a result with a number. */
export function checkBullet(text: string, confidential: readonly ConfidentialFigures[] = []): BulletIssue[] {
  const issues: BulletIssue[] = [];
  const numbers = findNumbers(text);
  if (numbers.length === 0) {
    issues.push({
      code: "no-number",
      message: "No number: say how much, how many or how fast (e.g. 240 ms, 30%, 1,200 users).",
    });
  }
  if (!ACTION_VERBS.has(firstWord(text))) {
    issues.push({
      code: "no-action-verb",
      message: "No action verb: start with a strong past-tense verb such as Cut, Built, Led or Increased.",
    });
  }
  if (!OUTCOME_WORDS.test(text) && !FROM_TO.test(text) && !PERCENT_OR_MULTIPLE.test(text)) {
    issues.push({
      code: "no-outcome",
      message: "No outcome: say what changed (reduced, increased, saved, a % or from … to …).",
    });
  }
  for (const figures of confidential) {
    const secrets = [figures.baseline, figures.result].filter((value): value is number => value !== null);
    const quoted = secrets.find((secret) => numbers.some((mention) => mentionStates(mention, secret)));
    if (quoted !== undefined) {
      issues.push({
        code: "confidential-number",
        message: `Quotes a confidential metric: ${formatNumber(quoted)} from “${figures.metric}”. Remove it or describe the change without the figure.`,
      });
    }
  }
  return issues;
}
