import { router } from "../trpc/init";

export const mentoringRouter = router({});
