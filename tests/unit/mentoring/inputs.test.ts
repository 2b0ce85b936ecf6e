import { describe, expect, it } from "vitest";
import { viewByIdInput, listApplicationsInput } from "@/lib/interviews/inputs";
import { listProjectsInput, viewProjectInput } from "@/lib/projects/inputs";
import { bandsInput, marketPositionInput } from "@/lib/salaries/inputs";

const ID = "5b0c7a3e-8f1d-4c2a-9e6b-1d2c3b4a5f60";
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join("."));

describe("reads a mentor can make take an optional menteeId", () => {
  const inputs = [
    ["projects.list", listProjectsInput, {}],
    ["projects.byId", viewProjectInput, { id: ID }],
    ["interviews.list", listApplicationsInput, {}],
    ["interviews.byId", viewByIdInput, { id: ID }],
    ["salaries.bands", bandsInput, { ladderId: ID }],
    ["salaries.marketPosition", marketPositionInput, {}],
  ] as const;

  it.each(inputs)("%s accepts none or a uuid", (_name, schema, base) => {
    expect(schema.safeParse(base).success).toBe(true);
    expect(schema.safeParse({ ...base, menteeId: ID }).data).toMatchObject({ menteeId: ID });
  });

  it.each(inputs)("%s refuses anything else, naming menteeId", (_name, schema, base) => {
    for (const menteeId of ["me", 42, null, ""]) {
      expect(fieldsOf(schema.safeParse({ ...base, menteeId }))).toEqual(["menteeId"]);
    }
  });
});
