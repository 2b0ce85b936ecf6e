import { formatDateTime } from "@/lib/dates";
import { Card, CardTitle } from "@/components/ui/card";
import { proficiencyName } from "@/lib/skills/catalogue";
import type { ActivityItem } from "@/lib/dashboard/overview";
import { stageName } from "@/lib/interviews/catalogue";

function describe(item: ActivityItem): string {
  switch (item.kind) {
    case "assessment":
      return `Assessed ${item.title} as ${proficiencyName(Number(item.detail))}`;
    case "project":
      return `Added project ${item.title} (${item.detail})`;
    case "application":
      return `Applied to ${item.title} for ${item.detail}`;
    case "round": {
      const [stage = "", outcome = ""] = item.detail.split(" · ");
      return `${stageName(stage)} at ${item.title}: ${outcome}`;
    }
  }
}

export function ActivityCard({ items, timeZone }: { items: ActivityItem[]; timeZone: string }) {
  return (
    <Card className="grid gap-3">
      <CardTitle>Recent activity</CardTitle>
      <ul className="grid gap-1 text-sm">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="flex justify-between gap-2">
            <span>{describe(item)}</span>
            <time className="shrink-0 text-muted-foreground" dateTime={item.at.toISOString()}>
              {formatDateTime(item.at, timeZone)}
            </time>
          </li>
        ))}
      </ul>
    </Card>
  );
}
