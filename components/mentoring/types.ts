import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type CreatedInvitation = Outputs["mentoring"]["invite"];
export type Mentor = Outputs["mentoring"]["mentors"][number];
export type Mentee = Outputs["mentoring"]["mentees"][number];
