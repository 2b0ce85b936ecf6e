/** Reference checks after the shape: every id a row points at is in the file, or a built-in slug. */
import { type AccountExport, type ImportProblem, isUuid } from "./account-file";
import { checkGoal, checkLadders, idIndex, type Problems, realDate } from "./refs-ladders";

/** What this installation ships: skill slugs, and ladder slugs with their level keys. */
export interface Builtins {
  skillSlugs: ReadonlySet<string>;
  ladderLevels: ReadonlyMap<string, ReadonlySet<string>>;
}

export function checkReferences(doc: AccountExport, builtins: Builtins): ImportProblem[] {
  const problems: Problems = [];
  const at = (path: string, message: string) => problems.push({ path, message });
  const skillIds = idIndex(
    problems,
    doc.skills.map((s, i) => ({ id: s.id, path: `skills[${i}]` })),
  );
  const projectIds = idIndex(
    problems,
    doc.projects.map((p, i) => ({ id: p.id, path: `projects[${i}]` })),
  );
  const roundIds = idIndex(
    problems,
    doc.applications.flatMap((a, i) =>
      a.rounds.map((r, j) => ({ id: r.id, path: `applications[${i}].rounds[${j}]` })),
    ),
  );
  idIndex(
    problems,
    doc.applications.map((a, i) => ({ id: a.id, path: `applications[${i}]` })),
  );
  idIndex(
    problems,
    doc.assessments.map((a, i) => ({ id: a.id, path: `assessments[${i}]` })),
  );
  idIndex(
    problems,
    doc.assessments.flatMap((a, i) =>
      a.evidence.map((e, j) => ({ id: e.id, path: `assessments[${i}].evidence[${j}]` })),
    ),
  );
  idIndex(
    problems,
    doc.projects.flatMap((p, i) =>
      p.outcomes.map((o, j) => ({ id: o.id, path: `projects[${i}].outcomes[${j}]` })),
    ),
  );
  idIndex(
    problems,
    doc.compensation.map((c, i) => ({ id: c.id, path: `compensation[${i}]` })),
  );
  idIndex(
    problems,
    doc.comments.map((c, i) => ({ id: c.id, path: `comments[${i}]` })),
  );

  const names = new Map<string, number>();
  doc.skills.forEach((skill, i) => {
    const key = skill.name.trim().toLowerCase();
    const earlier = names.get(key);
    if (earlier !== undefined)
      at(`skills[${i}].name`, `the name "${skill.name}" is used twice (also skills[${earlier}])`);
    else names.set(key, i);
  });

  const skillRef = (path: string, ref: string) => {
    if (isUuid(ref) ? !skillIds.has(ref.toLowerCase()) : !builtins.skillSlugs.has(ref))
      at(path, isUuid(ref) ? `no skill with id ${ref} in skills` : `no built-in skill with slug "${ref}"`);
  };
  const refList = (path: string, refs: string[], check: (path: string, ref: string) => void) => {
    const seen = new Set<string>();
    refs.forEach((ref, k) => {
      if (seen.has(ref.toLowerCase())) at(`${path}[${k}]`, `${ref} is listed twice`);
      seen.add(ref.toLowerCase());
      check(`${path}[${k}]`, ref);
    });
  };

  doc.assessments.forEach((a, i) => {
    skillRef(`assessments[${i}].skillId`, a.skillId);
    if (!realDate(a.assessedOn)) at(`assessments[${i}].assessedOn`, "not a real date");
    a.evidence.forEach((e, j) => {
      const path = `assessments[${i}].evidence[${j}]`;
      const target = { project: e.projectId, round: e.roundId, url: e.url };
      for (const [kind, value] of Object.entries(target))
        if ((kind === e.kind) !== (value !== null))
          at(
            `${path}.${kind === "url" ? "url" : `${kind}Id`}`,
            kind === e.kind ? `a ${kind} evidence needs it` : `must be null for ${e.kind} evidence`,
          );
      if (e.projectId && !projectIds.has(e.projectId.toLowerCase()))
        at(`${path}.projectId`, `no project with id ${e.projectId} in projects`);
      if (e.roundId && !roundIds.has(e.roundId.toLowerCase()))
        at(`${path}.roundId`, `no round with id ${e.roundId} in applications[].rounds`);
    });
  });
  doc.projects.forEach((p, i) => {
    refList(`projects[${i}].skillIds`, p.skillIds, skillRef);
    if (!realDate(p.startedOn)) at(`projects[${i}].startedOn`, "not a real date");
    if (p.endedOn !== null && p.endedOn < p.startedOn) at(`projects[${i}].endedOn`, "ends before it starts");
  });
  doc.applications.forEach((a, i) =>
    a.rounds.forEach((r, j) =>
      refList(`applications[${i}].rounds[${j}].competencySkillIds`, r.competencySkillIds, skillRef),
    ),
  );
  const ladderLevels = checkLadders(doc, at, skillRef);
  if (doc.goal) checkGoal(doc.goal, builtins, ladderLevels, at);
  doc.comments.forEach((c, i) => {
    const path = `comments[${i}].subjectId`;
    if (c.subjectType === "profile") {
      if (c.subjectId !== null) at(path, "must be null for a profile comment");
    } else if (c.subjectId === null) at(path, `a ${c.subjectType} comment needs it`);
    else if (c.role === "mentor") {
      if (!isUuid(c.subjectId)) at(path, "a mentor's comment names the mentee's row by its id");
    } else if (c.subjectType === "skill") skillRef(path, c.subjectId);
    else if (!(c.subjectType === "project" ? projectIds : roundIds).has(c.subjectId.toLowerCase()))
      at(path, `no ${c.subjectType} with id ${c.subjectId} in this file`);
  });
  return problems;
}
