import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type Project = Outputs["projects"]["byId"];
export type Outcome = Project["outcomes"][number];
export type Skill = Outputs["skills"]["catalogue"][number];
