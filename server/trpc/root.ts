import { accountRouter } from "../routers/account";
import { dashboardRouter } from "../routers/dashboard";
import { goalsRouter } from "../routers/goals";
import { interviewsRouter } from "../routers/interviews";
import { laddersRouter } from "../routers/ladders";
import { projectsRouter } from "../routers/projects";
import { salariesRouter } from "../routers/salaries";
import { skillsRouter } from "../routers/skills";
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
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
