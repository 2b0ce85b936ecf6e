import "server-only";
/** Turns a checked file into the rows this account lacks, with every id and reference placed. */
import type { AccountExport } from "@/lib/data/account-file";
import type { Placement } from "./plan";

const at = (value: string) => new Date(value);

export interface LinkKeys {
  projectSkills: Set<string>;
  roundCompetencies: Set<string>;
  expectations: Set<string>;
}

export function buildRows(doc: AccountExport, userId: string, place: Placement, links: LinkKeys) {
  const fresh = <T extends { id: string }>(kind: Parameters<Placement["of"]>[0], rows: T[]) =>
    rows.filter((row) => !place.of(kind, row.id).exists);
  const id = (kind: Parameters<Placement["of"]>[0], fileId: string) => place.of(kind, fileId).id;

  const skillRows = fresh("skills", doc.skills).map((s) => ({
    id: id("skills", s.id),
    userId,
    name: s.name,
    kind: s.kind,
    description: s.description,
    createdAt: at(s.createdAt),
  }));
  const projectRows = fresh("projects", doc.projects).map((p) => ({
    id: id("projects", p.id),
    userId,
    title: p.title,
    role: p.role,
    company: p.company,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    description: p.description,
    technologies: p.technologies,
    createdAt: at(p.createdAt),
  }));
  const projectSkillRows = doc.projects.flatMap((p) =>
    p.skillIds.map((ref) => ({ projectId: id("projects", p.id), skillId: place.skill(ref), userId })),
  );
  const outcomeRows = doc.projects.flatMap((p) =>
    fresh("outcomes", p.outcomes).map((o) => ({
      id: id("outcomes", o.id),
      projectId: id("projects", p.id),
      userId,
      metric: o.metric,
      baseline: o.baseline,
      result: o.result,
      unit: o.unit,
      timeframe: o.timeframe,
      confidence: o.confidence,
      confidential: o.confidential,
      position: o.position,
      createdAt: at(o.createdAt),
    })),
  );
  const applicationRows = fresh("applications", doc.applications).map(
    ({ rounds: _rounds, id: fileId, createdAt, ...a }) => ({
      ...a,
      id: id("applications", fileId),
      userId,
      createdAt: at(createdAt),
    }),
  );
  const roundRows = doc.applications.flatMap((a) =>
    fresh("rounds", a.rounds).map(
      ({ competencySkillIds: _skills, id: fileId, createdAt, scheduledAt, ...r }) => ({
        ...r,
        id: id("rounds", fileId),
        applicationId: id("applications", a.id),
        userId,
        scheduledAt: scheduledAt === null ? null : at(scheduledAt),
        createdAt: at(createdAt),
      }),
    ),
  );
  const competencyRows = doc.applications.flatMap((a) =>
    a.rounds.flatMap((r) =>
      r.competencySkillIds.map((ref) => ({ roundId: id("rounds", r.id), skillId: place.skill(ref), userId })),
    ),
  );
  const assessmentRows = fresh("assessments", doc.assessments).map((a) => ({
    id: id("assessments", a.id),
    userId,
    skillId: place.skill(a.skillId),
    level: a.level,
    note: a.note,
    source: "self" as const,
    assessedOn: a.assessedOn,
    createdAt: at(a.createdAt),
  }));
  const evidenceRows = doc.assessments.flatMap((a) =>
    fresh("evidence", a.evidence).map((e) => ({
      id: id("evidence", e.id),
      assessmentId: id("assessments", a.id),
      userId,
      kind: e.kind,
      projectId: e.projectId === null ? null : id("projects", e.projectId),
      roundId: e.roundId === null ? null : id("rounds", e.roundId),
      url: e.url,
    })),
  );
  const ladderRows = fresh("ladders", doc.ladders).map((l) => ({
    id: id("ladders", l.id),
    userId,
    name: l.name,
    summary: l.summary,
    source: l.source,
    sourceName: l.sourceName,
    licence: l.licence,
    createdAt: at(l.createdAt),
  }));
  const levelRows = doc.ladders.flatMap((l) =>
    fresh("ladderLevels", l.levels).map((v) => ({
      ...v,
      id: id("ladderLevels", v.id),
      ladderId: id("ladders", l.id),
    })),
  );
  const themeRows = doc.ladders.flatMap((l) =>
    fresh("ladderThemes", l.themes).map((t) => ({
      ...t,
      id: id("ladderThemes", t.id),
      ladderId: id("ladders", l.id),
    })),
  );
  const ladderCompetencyRows = doc.ladders.flatMap((l) =>
    fresh("ladderCompetencies", l.competencies).map((c) => ({
      ...c,
      id: id("ladderCompetencies", c.id),
      ladderId: id("ladders", l.id),
      skillId: place.skill(c.skillId),
      themeId: c.themeId === null ? null : id("ladderThemes", c.themeId),
    })),
  );
  const expectationRows = doc.ladders.flatMap((l) =>
    l.expectations.map((e) => ({
      ...e,
      ladderId: id("ladders", l.id),
      levelId: id("ladderLevels", e.levelId),
      competencyId: id("ladderCompetencies", e.competencyId),
    })),
  );
  const compensationRows = fresh("compensation", doc.compensation).map(({ id: fileId, createdAt, ...c }) => ({
    ...c,
    id: id("compensation", fileId),
    userId,
    createdAt: at(createdAt),
  }));
  const split = <T>(rows: T[], key: (row: T) => string, existing: Set<string>) => {
    const seen = new Set(existing);
    const created = rows.filter((row) => !seen.has(key(row)) && Boolean(seen.add(key(row))));
    return { created, skipped: rows.length - created.length };
  };
  return {
    skills: { created: skillRows, skipped: doc.skills.length - skillRows.length },
    projects: { created: projectRows, skipped: doc.projects.length - projectRows.length },
    projectSkills: split(projectSkillRows, (r) => `${r.projectId}/${r.skillId}`, links.projectSkills),
    outcomes: {
      created: outcomeRows,
      skipped: doc.projects.flatMap((p) => p.outcomes).length - outcomeRows.length,
    },
    applications: { created: applicationRows, skipped: doc.applications.length - applicationRows.length },
    rounds: {
      created: roundRows,
      skipped: doc.applications.flatMap((a) => a.rounds).length - roundRows.length,
    },
    roundCompetencies: split(competencyRows, (r) => `${r.roundId}/${r.skillId}`, links.roundCompetencies),
    assessments: { created: assessmentRows, skipped: doc.assessments.length - assessmentRows.length },
    evidence: {
      created: evidenceRows,
      skipped: doc.assessments.flatMap((a) => a.evidence).length - evidenceRows.length,
    },
    ladders: { created: ladderRows, skipped: doc.ladders.length - ladderRows.length },
    ladderLevels: {
      created: levelRows,
      skipped: doc.ladders.flatMap((l) => l.levels).length - levelRows.length,
    },
    ladderThemes: {
      created: themeRows,
      skipped: doc.ladders.flatMap((l) => l.themes).length - themeRows.length,
    },
    ladderCompetencies: {
      created: ladderCompetencyRows,
      skipped: doc.ladders.flatMap((l) => l.competencies).length - ladderCompetencyRows.length,
    },
    ladderExpectations: split(expectationRows, (r) => `${r.levelId}/${r.competencyId}`, links.expectations),
    compensation: { created: compensationRows, skipped: doc.compensation.length - compensationRows.length },
  };
}
