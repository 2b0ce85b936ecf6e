"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const tabs = [
  { href: "/levels", label: "Gap analysis" },
  { href: "/levels/ladders", label: "Ladders" },
  { href: "/levels/pay", label: "Pay" },
] as const;

export function LevelsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Levels sections">
      <ul className="flex gap-1 border-b border-border">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
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
