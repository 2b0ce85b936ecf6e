export interface SkillSummaryRow {
  skillId: string;
  name: string;
  kind: "technical" | "soft" | "tool";
  level: number | null;
  assessedOn: string | null;
}

export interface SparkPoint {
  /** YYYY-MM */
  month: string;
  /** Average current level across assessed skills at the month's end. */
  average: number;
}

export interface ActivityItem {
  kind: "assessment" | "project" | "application" | "round";
  id: string;
  at: Date;
  title: string;
  detail: string;
}

export interface UpcomingRound {
  id: string;
  stage: string;
  scheduledAt: Date;
  applicationId: string;
  company: string;
  role: string;
}

export interface FollowUp {
  id: string;
  stage: string;
  followUpOn: string;
  applicationId: string;
  company: string;
  role: string;
}

export interface DashboardData {
  skills: SkillSummaryRow[];
  sparkline: SparkPoint[];
  activity: ActivityItem[];
  upcoming: UpcomingRound[];
  followUps: FollowUp[];
}

export interface SkillsOverview {
  assessed: number;
  total: number;
  averageLevel: number | null;
  /** Change of the average level over the sparkline's span, one decimal. */
  trend: number | null;
  strongest: SkillSummaryRow | null;
  weakest: SkillSummaryRow | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function skillsOverview(
  skills: readonly SkillSummaryRow[],
  sparkline: readonly SparkPoint[],
): SkillsOverview {
  const assessed = skills.filter((skill) => skill.level !== null);
  const levels = assessed.map((skill) => skill.level ?? 0);
  const byLevel = [...assessed].sort(
    (a, b) => (b.level ?? 0) - (a.level ?? 0) || a.name.localeCompare(b.name),
  );
  const first = sparkline[0];
  const last = sparkline[sparkline.length - 1];
  return {
    assessed: assessed.length,
    total: skills.length,
    averageLevel: levels.length
      ? round1(levels.reduce((sum, level) => sum + level, 0) / levels.length)
      : null,
    trend: first && last && sparkline.length > 1 ? round1(last.average - first.average) : null,
    strongest: byLevel[0] ?? null,
    weakest: byLevel.length > 1 ? (byLevel[byLevel.length - 1] ?? null) : null,
  };
}

/** A follow-up is overdue once its date has passed in the user's calendar. */
export function isOverdue(followUpOn: string, today: string): boolean {
  return followUpOn < today;
}
