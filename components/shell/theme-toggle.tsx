"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { Button } from "@/components/ui/button";
import { type Theme, THEME_LABELS, useTheme } from "./theme";

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };

/** One button that cycles System → Light → Dark, for pages without the account menu (sign-in, the landing page). */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const Icon = ICONS[theme];
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Theme: ${THEME_LABELS[theme]}. Switch to ${THEME_LABELS[NEXT[theme]]}`}
      onClick={() => setTheme(NEXT[theme])}
    >
      <Icon aria-hidden className="size-4" />
      {THEME_LABELS[theme]}
    </Button>
  );
}
