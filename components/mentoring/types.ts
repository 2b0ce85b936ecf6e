import type { RouterOutputs } from "@/components/trpc/types";

type Outputs = RouterOutputs;

export type CreatedInvitation = Outputs["mentoring"]["invite"];
export type Mentor = Outputs["mentoring"]["mentors"][number];
export type Mentee = Outputs["mentoring"]["mentees"][number];
