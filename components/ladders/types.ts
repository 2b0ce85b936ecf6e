import type { RouterOutputs } from "@/components/trpc/types";

type Outputs = RouterOutputs;
export type LadderSummary = Outputs["ladders"]["list"]["items"][number];
export type LadderDetail = Outputs["ladders"]["byId"];
export type ImportResult = Outputs["ladders"]["import"];

/** Ladders per "Load more"; the server page and the client query must agree on it. */
export const LADDERS_PAGE_SIZE = 20;
export const laddersPaging = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};

export const SOURCE_LABELS: Record<LadderSummary["source"], string> = {
  builtin: "Built in",
  "ft-yaml": "FT job family (YAML)",
  "monzo-markdown": "Monzo progression framework (Markdown)",
  "trajectory-json": "Trajectory ladder (JSON)",
};
