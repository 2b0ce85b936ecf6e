import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/field-errors";
import { ladderImportForm } from "@/lib/ladders/import-form";

function errorsOf(result: { error?: Parameters<typeof fieldErrorsFromZod>[0] | undefined }) {
  if (!result.error) throw new Error("expected the form to be refused");
  return fieldErrorsFromZod(result.error);
}

describe("ladderImportForm", () => {
  it("takes a format with pasted text, or with a chosen file whose text the route reads", () => {
    expect(ladderImportForm.parse({ format: "ft-yaml", file: null, content: "name: x" })).toEqual({
      format: "ft-yaml",
      file: null,
      content: "name: x",
    });
    const file = new File(["name: x"], "ladder.yml");
    expect(ladderImportForm.parse({ format: "ft-yaml", file, content: "" })).toMatchObject({ file });
  });

  it("asks for a format first", () => {
    expect(errorsOf(ladderImportForm.safeParse({ format: "", file: null, content: "" }))).toEqual({
      format: ["choose a format"],
    });
  });

  it("refuses empty pasted text, and a file over 10 MB, on their fields", () => {
    expect(
      errorsOf(ladderImportForm.safeParse({ format: "monzo-markdown", file: null, content: "" })),
    ).toEqual({
      content: ["the file is empty"],
    });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.yml");
    expect(errorsOf(ladderImportForm.safeParse({ format: "ft-yaml", file: big, content: "" }))).toEqual({
      file: ["the file is 10,485,761 bytes; the limit is 10 MB"],
    });
  });
});
