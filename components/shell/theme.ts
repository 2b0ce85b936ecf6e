"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import { DARK_QUERY, THEME_STORAGE_KEY } from "./theme-script";

export type Theme = "system" | "light" | "dark";
export const THEME_LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

const CHANGE_EVENT = "trajectory-theme-change";

function readTheme(): Theme {
  const saved = localStorage.getItem(THEME_STORAGE_KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  media.addEventListener("change", onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
    media.removeEventListener("change", onChange);
  };
}

const resolve = (theme: Theme): "light" | "dark" =>
  theme === "dark" || (theme === "system" && window.matchMedia(DARK_QUERY).matches) ? "dark" : "light";

/** The chosen theme (kept in this browser), what it resolves to now, and a setter; every caller stays in step. */
export function useTheme() {
  const theme = useSyncExternalStore<Theme>(subscribe, readTheme, () => "system");
  const resolved = useSyncExternalStore(
    subscribe,
    () => resolve(readTheme()),
    () => "light" as const,
  );
  useEffect(() => {
    document.documentElement.classList.toggle("dark", resolved === "dark");
  }, [resolved]);
  const setTheme = useCallback((next: Theme) => {
    localStorage.setItem(THEME_STORAGE_KEY, next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return { theme, resolved, setTheme };
}
