import { router } from "../trpc/init";

export const goalsRouter = router({});
