import Link from "next/link";
import type { ReactNode } from "react";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { AccountMenu } from "@/components/shell/account-menu";
import { MobileMenu } from "@/components/shell/mobile-menu";
import { NavLinks } from "@/components/shell/nav-links";
import { TRPCReactProvider } from "@/components/trpc/react";
import { Toaster } from "@/components/ui/toaster";
import { TooltipProvider } from "@/components/ui/tooltip";
import { requireActor } from "@/server/auth/session";
import { signOutAction } from "../(auth)/actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <TRPCReactProvider>
      <TooltipProvider delayDuration={300}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-card focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-border">
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
            <Link href="/dashboard" className="shrink-0 font-semibold">
              Trajectory
            </Link>
            <nav aria-label="Main" className="hidden min-w-0 md:block">
              <NavLinks />
            </nav>
            <div className="ml-auto flex shrink-0 items-center gap-1">
              <NotificationsLink />
              <div className="hidden md:block">
                <AccountMenu email={actor.email} isAdmin={actor.isAdmin} signOut={signOutAction} />
              </div>
              <div className="md:hidden">
                <MobileMenu email={actor.email} isAdmin={actor.isAdmin} signOut={signOutAction} />
              </div>
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <Toaster />
      </TooltipProvider>
    </TRPCReactProvider>
  );
}
