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
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === "hidden");
    document.addEventListener("visibilitychange", onVisibility);
    // Sonner's own list item takes focus before our button does: being on either counts.
    const toast = box.current?.closest<HTMLElement>("[data-sonner-toast]") ?? box.current;
    const within = (event: FocusEvent) => toast?.contains(event.relatedTarget as Node | null) ?? false;
    const onFocusIn = () => setFocused(true);
    const onFocusOut = (event: FocusEvent) => !within(event) && setFocused(false);
    const onEnter = () => setHovered(true);
    const onLeave = () => setHovered(false);
    toast?.addEventListener("focusin", onFocusIn);
    toast?.addEventListener("focusout", onFocusOut);
    toast?.addEventListener("mouseenter", onEnter);
    toast?.addEventListener("mouseleave", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      toast?.removeEventListener("focusin", onFocusIn);
      toast?.removeEventListener("focusout", onFocusOut);
      toast?.removeEventListener("mouseenter", onEnter);
      toast?.removeEventListener("mouseleave", onLeave);
    };
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
      ref={box}
      className="flex w-[min(24rem,calc(100vw-2rem))] items-center justify-between gap-3 rounded-md border border-border bg-card px-4 py-2 shadow-lg"
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
