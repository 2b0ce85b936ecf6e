/** What the built-in guide says about interviews: its stages and common failure patterns. */

/** The seed's five interview stages, then the ones it does not name but people meet. */
export const INTERVIEW_STAGES = [
  { key: "phone-screen", name: "Phone screen" },
  { key: "coding-assessment", name: "Coding assessment" },
  { key: "technical-interview", name: "Technical interview" },
  { key: "system-design", name: "System design" },
  { key: "behavioral", name: "Behavioral" },
  { key: "take-home", name: "Take-home" },
  { key: "onsite", name: "Onsite" },
  { key: "offer-call", name: "Offer call" },
] as const;

export function stageName(stage: string): string {
  return INTERVIEW_STAGES.find((entry) => entry.key === stage)?.name ?? stage;
}

/** The seed's common failure patterns; users add their own. */
export const FAILURE_REASONS = [
  { key: "inadequate-preparation", name: "Inadequate preparation" },
  { key: "poor-problem-solving", name: "Poor problem-solving" },
  { key: "unclear-communication", name: "Unclear communication" },
] as const;

export function failureReasonName(reason: string): string {
  return FAILURE_REASONS.find((entry) => entry.key === reason)?.name ?? reason;
}
