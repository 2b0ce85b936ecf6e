import Link from "next/link";
import { redirect } from "next/navigation";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { buttonVariants } from "@/components/ui/button";
import { currentActor } from "@/server/auth/session";

export default async function HomePage() {
  if (await currentActor()) redirect("/dashboard");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="font-semibold">Trajectory</span>
        <ThemeToggle />
      </header>
      <main className="mx-auto grid max-w-2xl flex-1 content-center gap-6 px-6 py-16">
        <h1 className="text-4xl font-semibold tracking-tight">See where your engineering career is going.</h1>
        <p className="text-lg text-muted-foreground">
          Log your skills, projects and interviews month after month. Compare yourself with a career ladder
          and salary bands, and let mentors review your progress with access you control.
        </p>
        <div className="flex gap-3">
          <Link className={buttonVariants()} href="/sign-up">
            Create an account
          </Link>
          <Link className={buttonVariants({ variant: "outline" })} href="/sign-in">
            Sign in
          </Link>
        </div>
      </main>
    </div>
  );
}
