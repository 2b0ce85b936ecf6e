import { z } from "zod";
import { httpUrlField } from "@/lib/validation";
import { assessInput, type EvidenceItem } from "./inputs";

/** Evidence as the form lists it: the item the procedure takes, with the label the person picked it by. */
export interface PickedEvidence {
  item: EvidenceItem;
  label: string;
}

/** The assessment form with the level as its select's text and labelled evidence; it parses into assessInput. */
export const assessForm = z
  .object({
    skillId: z.string(),
    level: z.string(),
    assessedOn: z.string(),
    note: z.string(),
    evidence: z.array(z.custom<PickedEvidence>()),
  })
  // "" (no level chosen) becomes 0, which levelField refuses with its own message.
  .transform(({ level, evidence, ...rest }): z.input<typeof assessInput> => ({
    ...rest,
    level: Number(level),
    evidence: evidence.map((entry) => entry.item),
  }))
  .pipe(assessInput);

/** What to say when no project or round is chosen (or the chosen one is no longer listed). */
export const CHOOSE_EVIDENCE = { project: "choose a project", round: "choose an interview round" } as const;

/** The evidence picker's own fields: a link to check, or a project or round chosen from a list. */
export const evidencePickForm = z
  .object({ kind: z.enum(["project", "round", "url"]), url: z.string(), choice: z.string() })
  .transform(({ kind, url, choice }, ctx): EvidenceItem => {
    if (kind === "url") {
      const checked = httpUrlField.safeParse(url.trim());
      if (checked.success) return { kind, url: checked.data };
      for (const issue of checked.error.issues)
        ctx.addIssue({ code: "custom", path: ["url"], message: issue.message });
      return z.NEVER;
    }
    if (!choice) {
      ctx.addIssue({ code: "custom", path: ["choice"], message: CHOOSE_EVIDENCE[kind] });
      return z.NEVER;
    }
    return kind === "project" ? { kind, projectId: choice } : { kind, roundId: choice };
  });
