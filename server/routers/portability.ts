import { router } from "../trpc/init";

export const portabilityRouter = router({});
