import type { RouterOutputs } from "@/components/trpc/types";

type Outputs = RouterOutputs["goals"];

export type GoalChoices = Outputs["get"];
export type GapAnalysisData = NonNullable<Outputs["gapAnalysis"]>;
export type LevelAnalysisData = NonNullable<GapAnalysisData["target"]>;
export type WorkOnNextData = NonNullable<GapAnalysisData["workOnNext"]>;
