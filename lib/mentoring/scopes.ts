import type { MentorshipScope } from "./rules";

/** What each scope means to the person granting it. */
export const SCOPE_LABELS: Record<MentorshipScope, { label: string; hint: string }> = {
  skills: { label: "Skills", hint: "Your skill levels, their history and evidence." },
  projects: {
    label: "Projects",
    hint: "Your projects, outcomes and bullet points, with company names hidden.",
  },
  interviews: { label: "Interviews", hint: "Applications and rounds, with company names hidden." },
  companies: {
    label: "Company names",
    hint: "Show the company names in your interviews and projects.",
  },
  gaps: { label: "Gap analysis", hint: "Your readiness for your target level and what to work on next." },
  compensation: { label: "Compensation", hint: "Shares your salary and your offers." },
};

/** The pages a scope opens to a mentor; `companies` only unmasks names inside interviews and projects. */
const SCOPE_SECTIONS: { scope: MentorshipScope; label: string; path: string }[] = [
  { scope: "skills", label: "Skills", path: "/skills" },
  { scope: "projects", label: "Projects", path: "/projects" },
  { scope: "interviews", label: "Interviews", path: "/interviews" },
  { scope: "gaps", label: "Levels and gaps", path: "/levels" },
  { scope: "compensation", label: "Pay", path: "/levels/pay" },
];

/** The granted sections a mentor can open, in a stable order. */
export function grantedSections(scopes: readonly MentorshipScope[]) {
  return SCOPE_SECTIONS.filter((section) => scopes.includes(section.scope));
}

/** The shared section a path belongs to; the longest match wins, so /levels/pay is Pay, not Levels. */
export function sectionFor(pathname: string) {
  return SCOPE_SECTIONS.filter((s) => pathname === s.path || pathname.startsWith(`${s.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}

/** The section name for the banner, from the path the mentor is on. */
export function sectionOf(pathname: string): string {
  return sectionFor(pathname)?.label.toLowerCase() ?? "pages";
}
