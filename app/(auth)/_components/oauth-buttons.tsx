import { Button } from "@/components/ui/button";
import { enabledOAuthProviders } from "@/server/auth/providers";
import { oauthSignInAction } from "../actions";

/** Shown only for providers whose client id and secret are configured. */
export function OAuthButtons({ callbackUrl }: { callbackUrl?: string }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="grid gap-2">
      {providers.map((provider) => (
        <form key={provider.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <Button type="submit" variant="outline" className="w-full">
            Continue with {provider.name}
          </Button>
        </form>
      ))}
      <p className="text-center text-xs text-muted-foreground">or with your email</p>
    </div>
  );
}
