import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>["interviews"];

export type BoardColumns = Outputs["board"];
export type BoardCard = BoardColumns[number]["items"][number];
type ApplicationDetail = Outputs["byId"];
export type TimelineRound = ApplicationDetail["rounds"][number];
export type Analytics = Outputs["analytics"];
