"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

const sections = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/skills", label: "Skills" },
  { href: "/projects", label: "Projects" },
  { href: "/interviews", label: "Interviews" },
  { href: "/levels", label: "Levels" },
  { href: "/mentoring", label: "Mentoring" },
  { href: "/settings", label: "Settings" },
] as const;

/** The sections, in a row in the header or a column in the mobile menu; `onNavigate` closes that menu. */
export function NavLinks({ vertical = false, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className={cn("flex gap-1", vertical ? "flex-col" : "flex-nowrap")}>
      {sections.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={current ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm whitespace-nowrap hover:bg-accent",
                current && "bg-accent font-medium",
              )}
            >
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
