"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";
import { cn } from "@/components/ui/cn";

/** Checked again when the tab regains focus and every minute, so new comments show without a reload. */
const REFRESH_MS = 60_000;

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A bell with the unread count; its accessible name says both, e.g. "Notifications, 2 unread". */
export function NotificationsLink() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const { data } = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const count = data?.count ?? 0;
  const name = count > 0 ? `Notifications, ${count} unread` : "Notifications";
  const current = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-current={current ? "page" : undefined}
      aria-label={name}
      title={name}
      className={cn(
        "relative inline-flex h-9 items-center gap-1 rounded-md px-2 text-sm hover:bg-accent",
        current && "bg-accent",
      )}
    >
      <BellIcon />
      {count > 0 && (
        <span
          aria-hidden="true"
          className="min-w-5 rounded-full bg-primary px-1.5 text-center text-xs leading-5 font-semibold text-primary-foreground"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
