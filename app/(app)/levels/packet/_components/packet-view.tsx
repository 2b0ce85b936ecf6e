import { formatDate } from "@/lib/dates";
import { isEmptySection, type Packet, type PacketSection } from "@/lib/packet/packet";

const KIND_LABEL = { project: "Project", round: "Interview", url: "Link" } as const;

/** Only a web address becomes a link; anything else is shown as text. */
const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

function Section({ section, withSkill }: { section: PacketSection; withSkill: boolean }) {
  return (
    <section
      className="packet-section grid gap-3 border-t border-border pt-4"
      aria-labelledby={`packet-${section.key}`}
    >
      <h2 id={`packet-${section.key}`} className="text-lg font-semibold">
        {section.title}
      </h2>
      {section.expectation && (
        <p className="text-sm text-muted-foreground">
          Expected: level {section.expectation.level} of 5. {section.expectation.text}
        </p>
      )}
      {isEmptySection(section) && <p className="text-sm italic">Nothing recorded in this period.</p>}
      {section.evidence.length > 0 && (
        <div className="grid gap-1">
          <h3 className="font-medium">Evidence</h3>
          <ul className="list-disc pl-5 text-sm">
            {section.evidence.map((item) => (
              <li key={`${item.kind}-${item.label}-${item.on}-${item.skillName}`}>
                {formatDate(item.on)} · {KIND_LABEL[item.kind]}:{" "}
                {item.url && isWebUrl(item.url) ? (
                  <a href={item.url} rel="noopener noreferrer nofollow" className="underline">
                    {item.url}
                  </a>
                ) : (
                  item.label
                )}
                {withSkill && ` (${item.skillName})`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.projects.length > 0 && (
        <div className="grid gap-1">
          <h3 className="font-medium">Projects and outcomes</h3>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {section.projects.map((project) => (
              <li key={project.id}>
                <strong>{project.title}</strong> ({[project.role, project.company].filter(Boolean).join(", ")}
                , {formatDate(project.startedOn)} to{" "}
                {project.endedOn ? formatDate(project.endedOn) : "ongoing"})
                <ul className="list-[circle] pl-5">
                  {project.outcomes.length === 0 && <li>No recorded outcomes</li>}
                  {project.outcomes.map((outcome, index) => (
                    <li key={index}>
                      {outcome.metric}: {outcome.figures}
                      {[outcome.timeframe, outcome.estimated ? "estimated" : null].filter(Boolean).length >
                        0 &&
                        ` (${[outcome.timeframe, outcome.estimated ? "estimated" : null].filter(Boolean).join(", ")})`}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.skillChanges.length > 0 && (
        <div className="grid gap-1">
          <h3 className="font-medium">Skill changes (self ratings)</h3>
          <ul className="list-disc pl-5 text-sm">
            {section.skillChanges.map((change) => (
              <li key={change.skillName}>
                {change.skillName}: {change.first.level} → {change.last.level} (
                {change.ratings === 1
                  ? `rated once, ${formatDate(change.first.on)}`
                  : `${formatDate(change.first.on)} to ${formatDate(change.last.on)}`}
                )
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.endorsements.length > 0 && (
        <div className="grid gap-1">
          <h3 className="font-medium">Mentor endorsements</h3>
          <ul className="list-disc pl-5 text-sm">
            {section.endorsements.map((endorsement, index) => (
              <li key={index}>
                {formatDate(endorsement.on)} · {endorsement.mentorName} rated {endorsement.skillName}{" "}
                {endorsement.level} of 5{endorsement.note && `: “${endorsement.note}”`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The packet as a printable document: the same content as the Markdown download. */
export function PacketView({ packet }: { packet: Packet }) {
  return (
    <article className="grid gap-4" aria-label="Review packet">
      <div className="grid gap-1">
        <h2 className="text-xl font-semibold">Review packet: {packet.owner}</h2>
        <p className="text-sm text-muted-foreground">
          {formatDate(packet.period.from)} to {formatDate(packet.period.to)}
          {packet.ladder && ` · Ladder: ${packet.ladder}`}
          {packet.targetLevel && ` · Target level: ${packet.targetLevel}`}
        </p>
      </div>
      {packet.sections.map((section) => (
        <Section key={section.key} section={section} withSkill={false} />
      ))}
      <Section section={packet.other} withSkill />
    </article>
  );
}
