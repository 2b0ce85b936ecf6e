"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { menteeHref } from "@/lib/mentoring/mentee-link";

const tabs = [
  { href: "/levels", label: "Gap analysis", shared: true },
  { href: "/levels/ladders", label: "Ladders", shared: false },
  { href: "/levels/pay", label: "Pay", shared: true },
  { href: "/levels/packet", label: "Review packet", shared: false },
] as const;

/** The Levels sections; a mentor (`?mentee=`) keeps the mentee and sees only the sections a scope can share. */
export function LevelsTabs() {
  const pathname = usePathname();
  const mentee = useSearchParams().get("mentee");
  const shown = (mentee ? tabs.filter((tab) => tab.shared) : tabs).map((tab) => ({
    ...tab,
    to: menteeHref(tab.href, mentee),
  }));
  return (
    <nav aria-label="Levels sections">
      <ul className="flex gap-1 border-b border-border">
        {shown.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.to}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block border-b-2 px-3 py-2 text-sm",
                  current ? "border-primary font-medium" : "border-transparent hover:bg-accent",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
