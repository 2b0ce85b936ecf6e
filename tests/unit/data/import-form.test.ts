import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { IMPORT_MAX_BYTES } from "@/lib/data/account-file";
import { importFileForm } from "@/lib/data/import-form";

const errorsOf = (values: unknown) => {
  const parsed = importFileForm.safeParse(values);
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe("the import form", () => {
  it("takes a chosen file", () => {
    const file = new File(['{"format":"trajectory-account"}'], "export.json", { type: "application/json" });
    expect(importFileForm.parse({ file }).file).toBe(file);
  });

  it("asks for a file when none is chosen", () => {
    expect(errorsOf({})).toEqual({ file: ["choose an export file"] });
    expect(errorsOf({ file: undefined })).toEqual({ file: ["choose an export file"] });
  });

  it("refuses a file over the limit before it is sent, and takes one at the limit", () => {
    const at = new File([new Uint8Array(IMPORT_MAX_BYTES)], "big.json");
    expect(errorsOf({ file: at })).toEqual({});
    const over = new File([new Uint8Array(IMPORT_MAX_BYTES + 1)], "huge.json");
    expect(errorsOf({ file: over })).toEqual({ file: ["the file is larger than 10 MB"] });
  });
});
