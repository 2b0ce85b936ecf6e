import "server-only";
import { router, sessionOnlyProcedure } from "@/server/trpc/init";
import {
  finishRegistrationInput,
  removePasskeyInput,
  renamePasskeyInput,
  startRegistrationInput,
} from "@/lib/passkeys/inputs";
import { listPasskeys, removePasskey, renamePasskey } from "./passkeys";
import { finishPasskeyRegistration, startPasskeyRegistration } from "./registration";
import { relyingPartyOf } from "./relying-party";

// A signed-in browser only: a token must not add a way into the account.
export const passkeysRouter = router({
  list: sessionOnlyProcedure.query(({ ctx }) => listPasskeys(ctx.db, ctx.actor)),
  startRegistration: sessionOnlyProcedure
    .input(startRegistrationInput)
    .mutation(({ ctx, input }) =>
      startPasskeyRegistration(ctx.db, ctx.actor, relyingPartyOf(ctx.origin), input, {
        address: ctx.address,
      }),
    ),
  finishRegistration: sessionOnlyProcedure
    .input(finishRegistrationInput)
    .mutation(({ ctx, input }) =>
      finishPasskeyRegistration(ctx.db, ctx.actor, input, relyingPartyOf(ctx.origin)),
    ),
  rename: sessionOnlyProcedure
    .input(renamePasskeyInput)
    .mutation(({ ctx, input }) => renamePasskey(ctx.db, ctx.actor, input)),
  remove: sessionOnlyProcedure
    .input(removePasskeyInput)
    .mutation(({ ctx, input }) => removePasskey(ctx.db, ctx.actor, input)),
});
