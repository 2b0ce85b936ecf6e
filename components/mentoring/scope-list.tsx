import type { MentorshipScope } from "@/server/domain/mentoring";
import { SCOPE_LABELS } from "./scopes";

/** "Skills, Projects, Gap analysis": the sections a mentorship or invitation shares. */
export function scopeWords(scopes: readonly MentorshipScope[]): string {
  return scopes.length === 0 ? "Nothing yet" : scopes.map((scope) => SCOPE_LABELS[scope].label).join(", ");
}
