import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/shell/theme-toggle";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <Link href="/" className="font-semibold">
          Trajectory
        </Link>
        <ThemeToggle />
      </header>
      <main className="mx-auto w-full max-w-sm flex-1 px-6 py-10">{children}</main>
    </div>
  );
}
