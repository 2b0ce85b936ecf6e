import { router } from "../trpc/init";

export const salariesRouter = router({});
