import "server-only";
import { accountRouter } from "@/server/account/router";
import { adminRouter } from "@/server/admin/router";
import { calendarRouter } from "@/server/calendar/router";
import { dashboardRouter } from "@/server/dashboard/router";
import { goalsRouter } from "@/server/goals/router";
import { interviewsRouter } from "@/server/interviews/router";
import { laddersRouter } from "@/server/ladders/router";
import { mentoringRouter } from "@/server/mentoring/router";
import { notificationsRouter } from "@/server/notifications/router";
import { packetRouter } from "@/server/packet/router";
import { dataRouter } from "@/server/data/router";
import { projectsRouter } from "@/server/projects/router";
import { reviewsRouter } from "@/server/reviews/router";
import { salariesRouter } from "@/server/salaries/router";
import { skillsRouter } from "@/server/skills/router";
import { apiTokensRouter } from "@/server/api-tokens/router";
import { passkeysRouter } from "@/server/passkeys/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
  admin: adminRouter,
  dashboard: dashboardRouter,
  skills: skillsRouter,
  projects: projectsRouter,
  interviews: interviewsRouter,
  ladders: laddersRouter,
  goals: goalsRouter,
  salaries: salariesRouter,
  mentoring: mentoringRouter,
  reviews: reviewsRouter,
  notifications: notificationsRouter,
  data: dataRouter,
  calendar: calendarRouter,
  packet: packetRouter,
  apiTokens: apiTokensRouter,
  passkeys: passkeysRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
