import { isEmptySection, type Packet, type PacketEvidence, type PacketSection } from "./packet";

/**
 * Backslash-escapes the ASCII punctuation Markdown (and GFM autolinks) could read as syntax, and folds line breaks
 * and control characters to spaces: user text stays text, never a link, image, heading or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\s\u0000-\u001f\u007f]+/g, " ")
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:@"'=]/g, (char) => `\\${char}`);
}

/** An http(s) URL as an autolink when its canonical form is safe to put in angle brackets, else as text. */
export function markdownUrl(value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && !/[\s<>]/.test(url.href))
      return `<${url.href}>`;
  } catch {
    // not a URL: shown as text below
  }
  return escapeMarkdown(value);
}

const KIND_LABEL: Record<PacketEvidence["kind"], string> = {
  project: "Project",
  round: "Interview",
  url: "Link",
};

function evidenceLine(item: PacketEvidence, withSkill: boolean): string {
  const skill = withSkill ? ` (${escapeMarkdown(item.skillName)})` : "";
  const what = item.kind === "url" && item.url ? markdownUrl(item.url) : escapeMarkdown(item.label);
  return `- ${item.on} · ${KIND_LABEL[item.kind]}: ${what}${skill}`;
}

function sectionLines(section: PacketSection, withSkill: boolean): string[] {
  const lines: string[] = [];
  if (section.expectation) {
    lines.push(
      `Expected: level ${section.expectation.level} of 5. ${escapeMarkdown(section.expectation.text)}`,
      "",
    );
  }
  if (isEmptySection(section)) return [...lines, "_Nothing recorded in this period._", ""];
  if (section.evidence.length > 0) {
    lines.push("### Evidence", "", ...section.evidence.map((item) => evidenceLine(item, withSkill)), "");
  }
  if (section.projects.length > 0) {
    lines.push("### Projects and outcomes", "");
    for (const project of section.projects) {
      const where = [project.role, project.company].filter(Boolean).map((part) => escapeMarkdown(part ?? ""));
      const when = `${project.startedOn} to ${project.endedOn ?? "ongoing"}`;
      lines.push(`- **${escapeMarkdown(project.title)}** (${[...where, when].join(", ")})`);
      if (project.outcomes.length === 0) lines.push("  - No recorded outcomes");
      for (const outcome of project.outcomes) {
        const notes = [
          outcome.timeframe ? escapeMarkdown(outcome.timeframe) : null,
          outcome.estimated ? "estimated" : null,
        ];
        const suffix = notes.filter(Boolean).join(", ");
        lines.push(
          `  - ${escapeMarkdown(outcome.metric)}: ${escapeMarkdown(outcome.figures)}${suffix ? ` (${suffix})` : ""}`,
        );
      }
    }
    lines.push("");
  }
  if (section.skillChanges.length > 0) {
    lines.push("### Skill changes (self ratings)", "");
    for (const change of section.skillChanges) {
      const span =
        change.ratings === 1 ? `rated once, ${change.first.on}` : `${change.first.on} to ${change.last.on}`;
      lines.push(
        `- ${escapeMarkdown(change.skillName)}: ${change.first.level} → ${change.last.level} (${span})`,
      );
    }
    lines.push("");
  }
  if (section.endorsements.length > 0) {
    lines.push("### Mentor endorsements", "");
    for (const endorsement of section.endorsements) {
      const note = endorsement.note ? `: “${escapeMarkdown(endorsement.note)}”` : "";
      lines.push(
        `- ${endorsement.on} · ${escapeMarkdown(endorsement.mentorName)} rated ${escapeMarkdown(endorsement.skillName)} ${endorsement.level} of 5${note}`,
      );
    }
    lines.push("");
  }
  return lines;
}

/** The packet as a Markdown document, the same content as the printable page. */
export function packetMarkdown(packet: Packet): string {
  const context = [
    `Period: ${packet.period.from} to ${packet.period.to}`,
    packet.ladder ? `Ladder: ${escapeMarkdown(packet.ladder)}` : null,
    packet.targetLevel ? `Target level: ${escapeMarkdown(packet.targetLevel)}` : null,
  ].filter(Boolean);
  const lines = [`# Review packet: ${escapeMarkdown(packet.owner)}`, "", context.join(" · "), ""];
  for (const section of packet.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, "", ...sectionLines(section, false));
  }
  lines.push("## Other evidence", "", ...sectionLines(packet.other, true));
  return `${lines.join("\n").trimEnd()}\n`;
}
