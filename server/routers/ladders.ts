import { router } from "../trpc/init";

export const laddersRouter = router({});
