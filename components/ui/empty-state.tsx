import type { ReactNode } from "react";

/** What an empty list shows: what it will hold and the first thing to do. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid gap-2 rounded-lg border border-dashed border-border p-8 text-center">
      <p className="font-medium">{title}</p>
      <div className="text-sm text-muted-foreground">{children}</div>
    </div>
  );
}
