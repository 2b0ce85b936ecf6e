import { router } from "../trpc/init";

export const interviewsRouter = router({});
