import type { MentorshipScope } from "@/lib/mentoring/rules";
import { SCOPE_LABELS } from "@/lib/mentoring/scopes";

/** "Skills, Projects, Gap analysis": the sections a mentorship or invitation shares. */
export function scopeWords(scopes: readonly MentorshipScope[]): string {
  return scopes.length === 0 ? "Nothing yet" : scopes.map((scope) => SCOPE_LABELS[scope].label).join(", ");
}
