import { accountRouter } from "../routers/account";
import { dashboardRouter } from "../routers/dashboard";
import { interviewsRouter } from "../routers/interviews";
import { projectsRouter } from "../routers/projects";
import { skillsRouter } from "../routers/skills";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
  dashboard: dashboardRouter,
  skills: skillsRouter,
  projects: projectsRouter,
  interviews: interviewsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
