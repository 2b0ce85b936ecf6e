import type { RouterOutputs } from "@/components/trpc/types";

type Outputs = RouterOutputs["interviews"];

export type BoardColumns = Outputs["board"];
export type BoardCard = BoardColumns[number]["items"][number];
type ApplicationDetail = Outputs["byId"];
export type TimelineRound = ApplicationDetail["rounds"][number];
export type Analytics = Outputs["analytics"];
