import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { TRPCReactProvider } from "@/components/trpc/react";
import { Button } from "@/components/ui/button";
import { UndoProvider } from "@/components/ui/undo-toast";
import { requireActor } from "@/server/auth/session";
import { signOutAction } from "../(auth)/actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <TRPCReactProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-card focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-border">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-6 py-3">
          <Link href="/dashboard" className="font-semibold">
            Trajectory
          </Link>
          <nav aria-label="Main">
            <NavLinks />
          </nav>
          <div className="flex items-center gap-2">
            <NotificationsLink />
            <span
              className="max-w-48 truncate text-sm text-muted-foreground"
              title={actor.email}
              data-testid="signed-in-as"
            >
              {actor.email}
            </span>
            <ThemeToggle />
            <form action={signOutAction}>
              <Button type="submit" variant="outline" size="sm">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      <UndoProvider>
        <main id="main" className="mx-auto max-w-6xl px-6 py-8">
          {children}
        </main>
      </UndoProvider>
    </TRPCReactProvider>
  );
}
