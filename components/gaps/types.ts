import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>["goals"];

export type GoalChoices = Outputs["get"];
export type GapAnalysisData = NonNullable<Outputs["gapAnalysis"]>;
export type LevelAnalysisData = NonNullable<GapAnalysisData["target"]>;
export type WorkOnNextData = NonNullable<GapAnalysisData["workOnNext"]>;
