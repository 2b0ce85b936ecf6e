"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { NavLinks } from "./nav-links";
import { type Theme, THEME_LABELS, useTheme } from "./theme";

interface MobileMenuProps {
  email: string;
  isAdmin?: boolean;
  signOut: () => Promise<void>;
}

/** Below 768 px the sections, the account, the theme and Sign out live in one menu that slides in. */
export function MobileMenu({ email, isAdmin = false, signOut }: MobileMenuProps) {
  const [open, setOpen] = useState(false);
  const { theme, setTheme } = useTheme();
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" aria-label="Open menu">
          <Menu aria-hidden className="size-5" />
        </Button>
      </SheetTrigger>
      <SheetContent side="right" className="w-72 gap-6 overflow-y-auto p-6">
        <div className="grid gap-1">
          <SheetTitle>Menu</SheetTitle>
          <SheetDescription className="truncate">{email}</SheetDescription>
        </div>
        <nav aria-label="Main">
          <NavLinks vertical onNavigate={() => setOpen(false)} />
        </nav>
        {isAdmin && (
          <Link
            href="/admin"
            onClick={() => setOpen(false)}
            className="rounded-md px-3 py-2 text-sm hover:bg-accent"
          >
            Admin
          </Link>
        )}
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">Theme</legend>
          {(Object.keys(THEME_LABELS) as Theme[]).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />
              {THEME_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <form action={signOut}>
          <Button type="submit" variant="outline" className="w-full">
            Sign out
          </Button>
        </form>
      </SheetContent>
    </Sheet>
  );
}
