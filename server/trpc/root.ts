import { accountRouter } from "../routers/account";
import { calendarRouter } from "../routers/calendar";
import { dashboardRouter } from "../routers/dashboard";
import { goalsRouter } from "../routers/goals";
import { interviewsRouter } from "../routers/interviews";
import { laddersRouter } from "../routers/ladders";
import { mentoringRouter } from "../routers/mentoring";
import { notificationsRouter } from "../routers/notifications";
import { packetRouter } from "../routers/packet";
import { portabilityRouter } from "../routers/portability";
import { projectsRouter } from "../routers/projects";
import { reviewsRouter } from "../routers/reviews";
import { salariesRouter } from "../routers/salaries";
import { skillsRouter } from "../routers/skills";
import { tokensRouter } from "../routers/tokens";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
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
  portability: portabilityRouter,
  calendar: calendarRouter,
  packet: packetRouter,
  tokens: tokensRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
