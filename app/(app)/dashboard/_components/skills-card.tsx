import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { proficiencyName } from "@/lib/skills/catalogue";
import type { SkillSummaryRow, SkillsOverview } from "@/lib/dashboard/overview";

export function SkillsCard({ skills, overview }: { skills: SkillSummaryRow[]; overview: SkillsOverview }) {
  return (
    <Card className="grid gap-3">
      <CardTitle>Skills</CardTitle>
      <CardDescription>
        {overview.assessed} of {overview.total} skills assessed
        {overview.averageLevel !== null && `, average level ${overview.averageLevel} of 5`}.
      </CardDescription>
      <ul className="grid gap-1 text-sm">
        {skills.map((skill) => (
          <li key={skill.skillId} className="flex justify-between gap-2">
            <span>{skill.name}</span>
            <span className="text-muted-foreground">
              {skill.level === null
                ? "not assessed"
                : `${proficiencyName(skill.level)} (${skill.level}/5) · ${skill.assessedOn ? formatDate(skill.assessedOn) : ""}`}
            </span>
          </li>
        ))}
      </ul>
      <Link href="/skills" className="text-sm underline">
        Assess your skills
      </Link>
    </Card>
  );
}
