"use client";

import { createContext, useCallback, useContext, type ReactNode } from "react";
import { menteeHref } from "@/lib/mentoring/mentee-link";

interface Viewing {
  /** The mentee whose pages a mentor is reading; undefined on one's own pages. */
  menteeId?: string;
  readOnly: boolean;
}

const ViewingContext = createContext<Viewing>({ readOnly: false });

/** Pages wrap their content in this with `?mentee=`; every query below passes the id and hides its editing controls. */
export function ViewingProvider({ menteeId, children }: { menteeId?: string; children: ReactNode }) {
  return <ViewingContext value={{ menteeId, readOnly: Boolean(menteeId) }}>{children}</ViewingContext>;
}

export function useViewing(): Viewing {
  return useContext(ViewingContext);
}

/** Links inside a mentee's pages stay on that mentee. */
export function useMenteeHref(): (path: string) => string {
  const { menteeId } = useViewing();
  return useCallback((path: string) => menteeHref(path, menteeId), [menteeId]);
}
