"use client";

import { Toaster as Sonner } from "sonner";
import { useTheme } from "@/components/shell/theme";

/** Where toasts appear: bottom centre, in the page's own theme (sonner's "system" would ignore a chosen one). */
export function Toaster() {
  const { resolved } = useTheme();
  return <Sonner theme={resolved} position="bottom-center" />;
}
