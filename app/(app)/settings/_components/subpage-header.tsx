import Link from "next/link";
import type { ReactNode } from "react";

/** The top of every page under Settings: the way back, the title, and what the page is for. */
export function SubpageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="grid gap-1">
      <Link href="/settings" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
        ← Settings
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children && <p className="text-sm text-muted-foreground">{children}</p>}
    </div>
  );
}
