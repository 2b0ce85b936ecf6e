"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";
import { cn } from "@/components/ui/cn";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/** Checked again when the tab regains focus and every minute, so new comments show without a reload. */
const REFRESH_MS = 60_000;

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
    <Tooltip>
      <TooltipTrigger asChild>
        <Link
          href="/notifications"
          aria-current={current ? "page" : undefined}
          aria-label={name}
          className={cn(
            "relative inline-flex size-9 shrink-0 items-center justify-center rounded-md hover:bg-accent",
            current && "bg-accent",
          )}
        >
          <Bell aria-hidden className="size-5" />
          {/* Over the bell, so a count never widens the header. */}
          {count > 0 && (
            <span
              aria-hidden="true"
              className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-primary px-1 text-center text-xs leading-5 font-semibold text-primary-foreground"
            >
              {count > 99 ? "99+" : count}
            </span>
          )}
        </Link>
      </TooltipTrigger>
      <TooltipContent>{name}</TooltipContent>
    </Tooltip>
  );
}
