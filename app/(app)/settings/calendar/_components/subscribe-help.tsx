import { Card, CardTitle } from "@/components/ui/card";

const apps = [
  {
    name: "Google Calendar",
    steps: [
      "Open calendar.google.com on a computer.",
      "Next to “Other calendars”, choose + and then “From URL”.",
      "Paste the feed URL and choose “Add calendar”.",
    ],
    note: "Google refreshes subscribed calendars every few hours; changes are not instant.",
  },
  {
    name: "Apple Calendar",
    steps: [
      "On a Mac: File → New Calendar Subscription…; on iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.",
      "Paste the feed URL and choose Subscribe.",
      "Set “Auto-refresh” to every hour if you want changes sooner.",
    ],
  },
  {
    name: "Outlook",
    steps: [
      "In Outlook on the web: Calendar → Add calendar → Subscribe from web.",
      "Paste the feed URL, give the calendar a name, and choose Import.",
    ],
    note: "Outlook may take several hours to show changes.",
  },
];

export function SubscribeHelp() {
  return (
    <Card className="grid gap-4">
      <CardTitle>Subscribe in your calendar app</CardTitle>
      {apps.map((app) => (
        <section key={app.name} className="grid gap-1" aria-label={app.name}>
          <h3 className="font-medium">{app.name}</h3>
          <ol className="list-decimal pl-5 text-sm">
            {app.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {app.note && <p className="text-xs text-muted-foreground">{app.note}</p>}
        </section>
      ))}
    </Card>
  );
}
