import type { RouterOutputs } from "@/components/trpc/types";

type Outputs = RouterOutputs;
export type Project = Outputs["projects"]["byId"];
export type Outcome = Project["outcomes"][number];
export type Skill = Outputs["skills"]["catalogue"][number];
