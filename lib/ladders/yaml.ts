import { isNode, LineCounter, parseDocument } from "yaml";
import { problem, type LadderProblem } from "./ladder";

export type PathSegment = string | number;

export interface YamlSource {
  value: unknown;
  /** The 1-based line of the node at this path (or of its nearest existing parent) in the whole file. */
  lineOf: (path: readonly PathSegment[]) => number | null;
}

/**
 * Parses YAML keeping positions, so later problems can name their line. `lineOffset` is how many
 * lines of the file come before this text (front matter starts after its opening `---`).
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { ok: true; source: YamlSource } | { ok: false; errors: LadderProblem[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys (the default) turns a repeated mapping key into an error with its position.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) =>
        problem(file, `YAML syntax error: ${error.message.split("\n")[0] ?? error.code}`, {
          line: lineCounter.linePos(error.pos[0]).line + lineOffset,
        }),
      ),
    };
  }
  const lineOf = (path: readonly PathSegment[]): number | null => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return null;
  };
  return { ok: true, source: { value: doc.toJS({ maxAliasCount: 100 }), lineOf } };
}

/** "/competencies/12/level" (JSON Pointer, as Ajv reports) → ["competencies", 12, "level"] */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
