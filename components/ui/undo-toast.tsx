"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "./button";

interface UndoOffer {
  message: string;
  undo: () => void;
}

/** How long the "Undo" toast stays while nobody is on it; the server allows a restore for longer. */
const VISIBLE_MS = 8_000;

/**
 * "Deleted … Undo". Our own timer rather than sonner's: sonner pauses on hover but not while a keyboard user is
 * focused inside the toast, and an offer must not vanish under the person about to take it.
 */
function UndoToast({ id, offer }: { id: string | number; offer: UndoOffer }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [hidden, setHidden] = useState(false);
  const remaining = useRef(VISIBLE_MS);

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === "hidden");
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, []);

  useEffect(() => {
    if (hovered || focused || hidden) return;
    const started = Date.now();
    const timer = setTimeout(() => toast.dismiss(id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [hovered, focused, hidden, id]);

  return (
    <div
      className="flex w-[min(24rem,calc(100vw-2rem))] items-center justify-between gap-3 rounded-md border border-border bg-card px-4 py-2 shadow-lg"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <span className="text-sm">{offer.message}</span>
      <Button
        size="sm"
        variant="outline"
        onClick={() => {
          offer.undo();
          toast.dismiss(id);
        }}
      >
        Undo
      </Button>
    </div>
  );
}

/** `offerUndo({ message: "Project deleted", undo: () => restore.mutate({ id }) })` after a delete; one at a time. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  return useCallback((offer: UndoOffer) => {
    toast.dismiss();
    toast.custom((id) => <UndoToast id={id} offer={offer} />, { duration: Infinity });
  }, []);
}
