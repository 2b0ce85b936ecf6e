import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { buildPacket, outcomeFigures, type PacketFacts } from "@/lib/packet/packet";
import { escapeMarkdown, markdownUrl, packetMarkdown } from "@/lib/packet/markdown";
import { packetInput, packetInputFromParams } from "@/lib/packet/inputs";

/** Every node type in the parsed Markdown, and every link target. */
function parsed(markdown: string) {
  const types: string[] = [];
  const urls: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    types.push(node.type);
    if (node.url) urls.push(node.url);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromMarkdown(markdown));
  return { types, urls };
}

const created = new Date("2026-01-01T00:00:00Z");
const facts = (evil: string): PacketFacts => ({
  competencies: [
    { key: "apis", name: "APIs", skillId: "s-api", expectedLevel: 3, expectation: `Designs ${evil}` },
    { key: "sec", name: "Security", skillId: "s-sec", expectedLevel: null, expectation: null },
  ],
  assessments: [
    {
      id: "a1",
      skillId: "s-api",
      skillName: "APIs",
      level: 2,
      source: "self",
      assessedOn: "2026-01-05",
      createdAt: created,
      note: null,
      assessorName: null,
    },
    {
      id: "a2",
      skillId: "s-api",
      skillName: "APIs",
      level: 4,
      source: "self",
      assessedOn: "2026-03-05",
      createdAt: created,
      note: null,
      assessorName: null,
    },
    {
      id: "a3",
      skillId: "s-api",
      skillName: "APIs",
      level: 3,
      source: "mentor",
      assessedOn: "2026-02-05",
      createdAt: created,
      note: evil,
      assessorName: evil,
    },
    {
      id: "a4",
      skillId: "s-own",
      skillName: `Docker ${evil}`,
      level: 3,
      source: "self",
      assessedOn: "2026-02-01",
      createdAt: created,
      note: null,
      assessorName: null,
    },
  ],
  evidence: [
    { assessmentId: "a1", kind: "project", target: "p1", projectId: "p1", label: evil, url: null },
    { assessmentId: "a2", kind: "project", target: "p1", projectId: "p1", label: evil, url: null },
    {
      assessmentId: "a2",
      kind: "url",
      target: "https://ex.com/a",
      projectId: null,
      label: "https://ex.com/a",
      url: "https://ex.com/a",
    },
    {
      assessmentId: "a4",
      kind: "round",
      target: "r1",
      projectId: null,
      label: `Onsite · ${evil}`,
      url: null,
    },
  ],
  projects: [
    {
      id: "p1",
      title: evil,
      role: "Lead",
      company: evil,
      startedOn: "2025-12-01",
      endedOn: null,
      skillIds: [],
      outcomes: [
        {
          metric: evil,
          baseline: 200,
          result: 100,
          unit: "ms",
          timeframe: evil,
          confidence: "measured",
          confidential: false,
        },
        {
          metric: "Revenue",
          baseline: 1,
          result: 987654,
          unit: "USD",
          timeframe: null,
          confidence: "estimated",
          confidential: true,
        },
      ],
    },
    {
      id: "p2",
      title: "Side thing",
      role: "Dev",
      company: null,
      startedOn: "2026-01-01",
      endedOn: "2026-02-01",
      skillIds: ["s-other"],
      outcomes: [],
    },
  ],
});
const header = {
  owner: "Dana",
  period: { from: "2026-01-01", to: "2026-06-30" },
  ladder: "Backend",
  targetLevel: "Senior",
};

describe("buildPacket", () => {
  const packet = buildPacket(header, facts("x"));
  const apis = packet.sections[0];

  it("groups by competency: evidence once per target, cited projects, first and last self rating, endorsements", () => {
    expect(apis?.evidence.map((item) => [item.kind, item.on])).toEqual([
      ["project", "2026-03-05"],
      ["url", "2026-03-05"],
    ]);
    expect(apis?.projects.map((project) => project.id)).toEqual(["p1"]);
    expect(apis?.skillChanges).toEqual([
      {
        skillName: "APIs",
        first: { level: 2, on: "2026-01-05" },
        last: { level: 4, on: "2026-03-05" },
        ratings: 2,
      },
    ]);
    expect(apis?.endorsements).toEqual([
      { skillName: "APIs", mentorName: "x", level: 3, on: "2026-02-05", note: "x" },
    ]);
    expect(apis?.expectation).toEqual({ level: 3, text: "Designs x" });
    expect(packet.sections[1]?.expectation).toBeNull();
  });

  it("puts what no competency is about under Other evidence", () => {
    expect(packet.other.evidence.map((item) => item.kind)).toEqual(["round"]);
    expect(packet.other.projects.map((project) => project.id)).toEqual(["p2"]);
    expect(packet.other.skillChanges.map((change) => change.skillName)).toEqual(["Docker x"]);
  });

  it("replaces a confidential outcome's numbers with the word", () => {
    const [measured, secret] = apis?.projects[0]?.outcomes ?? [];
    expect(measured?.figures).toBe("200 ms → 100 ms (−50%)");
    expect(secret).toMatchObject({ figures: "confidential", confidential: true, estimated: true });
    expect(JSON.stringify(packet)).not.toContain("987654");
    expect(
      outcomeFigures({
        metric: "m",
        baseline: null,
        result: 5,
        unit: "%",
        timeframe: null,
        confidence: "measured",
        confidential: false,
      }),
    ).toBe("5%");
  });
});

describe("packet Markdown", () => {
  const attacks = [
    "[click](https://evil.example)",
    "![img](https://evil.example/x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "https://evil.example and www.evil.example and a@b.example",
    "line\n# Heading\n\n- item\n> quote",
    "`code` *em* __strong__ &amp; &lt;b&gt; \\[escaped\\]",
    "[ref]: https://evil.example",
  ];

  it.each(attacks)("keeps user text as text: %s", (evil) => {
    const markdown = packetMarkdown(buildPacket({ ...header, owner: evil, ladder: evil }, facts(evil)));
    const { types, urls } = parsed(markdown);
    expect(types).not.toContain("html");
    expect(types).not.toContain("image");
    expect(types).not.toContain("definition");
    // The title, three sections, and their seven subsections: no heading came from user text.
    expect(types.filter((type) => type === "heading").length).toBe(1 + 3 + 7);
    // The only link is the evidence URL, written by the renderer as an autolink.
    expect(urls).toEqual(["https://ex.com/a"]);
  });

  it("round-trips plain text exactly", () => {
    const text = "a_b*c [d](e) <f> #g !h |i| ~j &k: l@m.n";
    const markdown = `${escapeMarkdown(text)}\n`;
    const paragraph = fromMarkdown(markdown).children[0];
    expect(
      paragraph?.type === "paragraph" &&
        paragraph.children.map((node) => ("value" in node ? node.value : "")).join(""),
    ).toBe(text);
  });

  it("writes http(s) URLs as autolinks and anything else as text", () => {
    expect(markdownUrl("https://ex.com/a b<c>")).toBe("<https://ex.com/a%20b%3Cc%3E>");
    expect(markdownUrl("javascript:alert(1)")).toBe("javascript\\:alert\\(1\\)");
  });
});

describe("packet period validator", () => {
  it("accepts an empty period and two ordered dates", () => {
    expect(packetInput.parse(undefined)).toEqual({});
    expect(packetInput.parse({ from: "2026-01-01", to: "2026-01-01" })).toEqual({
      from: "2026-01-01",
      to: "2026-01-01",
    });
  });

  it.each([
    [{ from: "2026-02-01", to: "2026-01-01" }, "to", "choose an end on or after the start"],
    [{ from: "2026-02-30" }, "from", "not a real date"],
    [{ to: "01/02/2026" }, "to", "use the form YYYY-MM-DD"],
  ])("refuses %j naming %s", (input, field, message) => {
    const result = packetInput.safeParse(input);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      [field, message],
    ]);
  });

  it("reads a query string, empty fields meaning not given", () => {
    expect(packetInputFromParams(new URLSearchParams("from=&to=2026-03-01")).data).toEqual({
      to: "2026-03-01",
    });
    expect(packetInputFromParams(new URLSearchParams("from=nope")).success).toBe(false);
  });
});
