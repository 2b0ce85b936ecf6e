"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { Button } from "./button";

interface UndoOffer {
  message: string;
  undo: () => void;
}

const UndoContext = createContext<(offer: UndoOffer) => void>(() => {});

/** How long the "Undo" button stays on screen; the server allows a restore for longer. */
const VISIBLE_MS = 8_000;

/** Shows "Deleted … Undo" after a delete; one offer at a time, announced politely. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => setOffer(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [offer]);
  return (
    <UndoContext.Provider value={setOffer}>
      {children}
      <div role="status" aria-live="polite" className="fixed bottom-4 left-1/2 z-50 -translate-x-1/2">
        {offer && (
          <div className="flex items-center gap-3 rounded-md border border-border bg-card px-4 py-2 shadow-lg">
            <span className="text-sm">{offer.message}</span>
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                offer.undo();
                setOffer(null);
              }}
            >
              Undo
            </Button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

/** `offerUndo({ message: "Project deleted", undo: () => restore.mutate({ id }) })` after a delete. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  const offer = useContext(UndoContext);
  return useCallback((value: UndoOffer) => offer(value), [offer]);
}
