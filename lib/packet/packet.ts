/**
 * The review packet: a period's record grouped by the target level's competencies. Pure; the service loads rows.
 * A thing belongs to every competency whose skill it is about (an assessment's skill, a project's skills and the
 * skills it is cited as evidence for); anything about no competency's skill goes to "Other evidence".
 * Confidential outcomes never carry their numbers out of this module.
 */
import type { BulletOutcome } from "@/lib/projects/bullets";
import { formatChange, formatValue } from "@/lib/projects/numbers";

export const DEFAULT_PERIOD_MONTHS = 6;

export interface PacketCompetency {
  key: string;
  name: string;
  skillId: string;
  expectedLevel: number | null;
  expectation: string | null;
}
export interface PacketAssessment {
  id: string;
  skillId: string;
  skillName: string;
  level: number;
  source: "self" | "mentor";
  assessedOn: string;
  createdAt: Date;
  note: string | null;
  assessorName: string | null;
}
export interface PacketEvidenceFact {
  assessmentId: string;
  kind: "project" | "round" | "url";
  /** The project, round or URL it points at: duplicates of one target are shown once. */
  target: string;
  projectId: string | null;
  label: string;
  url: string | null;
}
export interface PacketProjectFact {
  id: string;
  title: string;
  role: string;
  company: string | null;
  startedOn: string;
  endedOn: string | null;
  skillIds: string[];
  outcomes: BulletOutcome[];
}

export interface PacketEvidence {
  on: string;
  skillName: string;
  kind: PacketEvidenceFact["kind"];
  label: string;
  url: string | null;
}
interface PacketOutcome {
  metric: string;
  /** "120 ms → 80 ms (−33%)", or "confidential" in place of any number. */
  figures: string;
  timeframe: string | null;
  estimated: boolean;
  confidential: boolean;
}
type PacketProject = Omit<PacketProjectFact, "skillIds" | "outcomes"> & { outcomes: PacketOutcome[] };
interface PacketSkillChange {
  skillName: string;
  first: { level: number; on: string };
  last: { level: number; on: string };
  ratings: number;
}
interface PacketEndorsement {
  skillName: string;
  mentorName: string;
  level: number;
  on: string;
  note: string | null;
}
export interface PacketSection {
  key: string;
  title: string;
  expectation: { level: number; text: string } | null;
  evidence: PacketEvidence[];
  projects: PacketProject[];
  skillChanges: PacketSkillChange[];
  endorsements: PacketEndorsement[];
}
export interface Packet {
  owner: string;
  period: { from: string; to: string };
  ladder: string | null;
  targetLevel: string | null;
  sections: PacketSection[];
  other: PacketSection;
}

export interface PacketFacts {
  competencies: PacketCompetency[];
  assessments: PacketAssessment[];
  evidence: PacketEvidenceFact[];
  projects: PacketProjectFact[];
}

export function outcomeFigures(outcome: BulletOutcome): string {
  if (outcome.confidential) return "confidential";
  const result = formatValue(outcome.result, outcome.unit);
  if (outcome.baseline === null) return result;
  const change = formatChange(outcome.baseline, outcome.result, outcome.unit);
  return `${formatValue(outcome.baseline, outcome.unit)} → ${result}${change ? ` (${change})` : ""}`;
}

const toOutcome = (outcome: BulletOutcome): PacketOutcome => ({
  metric: outcome.metric,
  figures: outcomeFigures(outcome),
  timeframe: outcome.timeframe,
  estimated: outcome.confidence === "estimated",
  confidential: outcome.confidential,
});

const emptySection = (
  key: string,
  title: string,
  expectation: PacketSection["expectation"],
): PacketSection => ({
  key,
  title,
  expectation,
  evidence: [],
  projects: [],
  skillChanges: [],
  endorsements: [],
});

const byDateThenCreated = (a: PacketAssessment, b: PacketAssessment) =>
  a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.getTime() - b.createdAt.getTime();

export function buildPacket(header: Omit<Packet, "sections" | "other">, facts: PacketFacts): Packet {
  const sections = facts.competencies.map((competency) =>
    emptySection(
      competency.key,
      competency.name,
      competency.expectedLevel === null
        ? null
        : { level: competency.expectedLevel, text: competency.expectation ?? "" },
    ),
  );
  const other = emptySection("other", "Other evidence", null);
  const sectionsOf = (skillIds: Iterable<string>): PacketSection[] => {
    const wanted = new Set(skillIds);
    const found = sections.filter((_, index) => wanted.has(facts.competencies[index]?.skillId ?? ""));
    return found.length > 0 ? found : [other];
  };

  const assessments = [...facts.assessments].sort(byDateThenCreated);
  const assessmentById = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const seen = new Set<string>();
  const citedSkills = new Map<string, Set<string>>();
  // Newest first, so a target cited several times is shown once, on its latest date.
  const dated = facts.evidence
    .flatMap((item) => {
      const assessment = assessmentById.get(item.assessmentId);
      return assessment ? [{ item, assessment }] : [];
    })
    .sort((a, b) => b.assessment.assessedOn.localeCompare(a.assessment.assessedOn));
  for (const { item, assessment } of dated) {
    if (item.projectId) {
      citedSkills.set(item.projectId, (citedSkills.get(item.projectId) ?? new Set()).add(assessment.skillId));
    }
    for (const section of sectionsOf([assessment.skillId])) {
      const key = `${section.key}|${item.kind}|${item.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      section.evidence.push({
        on: assessment.assessedOn,
        skillName: assessment.skillName,
        kind: item.kind,
        label: item.label,
        url: item.url,
      });
    }
  }

  for (const project of [...facts.projects].sort((a, b) => a.startedOn.localeCompare(b.startedOn))) {
    const { skillIds, outcomes, ...rest } = project;
    const skills = [...skillIds, ...(citedSkills.get(project.id) ?? [])];
    for (const section of sectionsOf(skills))
      section.projects.push({ ...rest, outcomes: outcomes.map(toOutcome) });
  }

  const selfBySkill = new Map<string, PacketAssessment[]>();
  for (const assessment of assessments) {
    if (assessment.source === "mentor") {
      for (const section of sectionsOf([assessment.skillId]))
        section.endorsements.push({
          skillName: assessment.skillName,
          mentorName: assessment.assessorName ?? "A mentor",
          level: assessment.level,
          on: assessment.assessedOn,
          note: assessment.note,
        });
      continue;
    }
    selfBySkill.set(assessment.skillId, [...(selfBySkill.get(assessment.skillId) ?? []), assessment]);
  }
  for (const [skillId, ratings] of selfBySkill) {
    const first = ratings[0];
    const last = ratings[ratings.length - 1];
    if (!first || !last) continue;
    for (const section of sectionsOf([skillId]))
      section.skillChanges.push({
        skillName: first.skillName,
        first: { level: first.level, on: first.assessedOn },
        last: { level: last.level, on: last.assessedOn },
        ratings: ratings.length,
      });
  }
  return { ...header, sections, other };
}

export const isEmptySection = (section: PacketSection) =>
  section.evidence.length +
    section.projects.length +
    section.skillChanges.length +
    section.endorsements.length ===
  0;
