import { describe, expect, it } from "vitest";
import { returnNotice } from "@/app/(auth)/_components/form-state";
import { refusalWords } from "@/app/(auth)/invite/[token]/_components/refusal";
import { auditActionWords, auditDetailWords } from "@/lib/mentoring/audit-words";
import { notificationHref, notificationWords } from "@/lib/notifications/words";
import { toggledScopes } from "@/components/mentoring/scope-checkboxes";
import { scopeWords } from "@/components/mentoring/scope-list";
import { grantedSections, sectionFor, sectionOf } from "@/lib/mentoring/scopes";
import { subjectHref } from "@/lib/mentoring/subject-href";
import { isProtectedPath } from "@/server/http/policy";
import { menteeHref } from "@/lib/mentoring/mentee-link";

const mentee = "11111111-1111-4111-8111-111111111111";
const mentor = "22222222-2222-4222-8222-222222222222";
const skill = "33333333-3333-4333-8333-333333333333";

describe("scopes on screen", () => {
  it("lists only granted sections, and companies opens no page of its own", () => {
    expect(grantedSections(["skills", "companies", "compensation"]).map((s) => s.path)).toEqual([
      "/skills",
      "/levels/pay",
    ]);
  });

  it("names the section of a path by its longest match", () => {
    expect(sectionFor("/levels/pay")?.scope).toBe("compensation");
    expect(sectionFor("/levels")?.scope).toBe("gaps");
    expect(sectionFor(`/skills/${skill}`)?.scope).toBe("skills");
    expect(sectionOf("/dashboard")).toBe("pages");
    expect(sectionOf("/levels/pay")).toBe("pay");
  });

  it("keeps toggled scopes unique and in canonical order", () => {
    expect(toggledScopes(["projects", "skills"], "compensation", true)).toEqual([
      "skills",
      "projects",
      "compensation",
    ]);
    expect(toggledScopes(["skills", "projects"], "skills", false)).toEqual(["projects"]);
    expect(scopeWords([])).toBe("Nothing yet");
    expect(scopeWords(["gaps", "companies"])).toBe("Gap analysis, Company names");
    expect(menteeHref("/skills", mentee)).toBe(`/skills?mentee=${mentee}`);
  });
});

describe("links to reviewed items", () => {
  it("sends the owner to their page and a mentor to the mentee's read-only page", () => {
    expect(subjectHref({ subjectType: "skill", subjectId: skill })).toBe(`/skills/${skill}`);
    expect(subjectHref({ subjectType: "skill", subjectId: skill }, mentee)).toBe(
      `/skills/${skill}?mentee=${mentee}`,
    );
    expect(subjectHref({ subjectType: "project", subjectId: skill }, mentee)).toBe(
      `/projects?mentee=${mentee}#project-${skill}`,
    );
    expect(subjectHref({ subjectType: "round", subjectId: skill })).toBe("/interviews");
    expect(subjectHref({ subjectType: "round", subjectId: skill, applicationId: mentor })).toBe(
      `/interviews/${mentor}#round-${skill}`,
    );
    expect(subjectHref({ subjectType: "profile", subjectId: null }, mentee)).toBe(
      `/mentoring#profile-review-${mentee}`,
    );
    expect(subjectHref({ subjectType: null, subjectId: null })).toBe("/mentoring");
  });

  it("words and links each notification kind from the reader's side", () => {
    const comment = {
      kind: "comment",
      actorName: "Olaf",
      menteeId: mentee,
      subjectType: "skill",
      subjectId: skill,
      subjectName: null,
      applicationId: null,
    } as const;
    expect(notificationWords(comment)).toBe("Olaf commented on a skill");
    expect(notificationHref(comment, mentee)).toBe(`/skills/${skill}`);
    expect(notificationHref(comment, mentor)).toBe(`/skills/${skill}?mentee=${mentee}`);
    const request = { ...comment, kind: "review_request" } as const;
    expect(notificationWords(request)).toBe("Olaf asked you to review a skill");
    expect(notificationHref(request, mentor)).toBe(`/skills/${skill}?mentee=${mentee}`);
    expect(notificationWords({ ...request, subjectName: "Testing" })).toBe(
      "Olaf asked you to review a skill (Testing)",
    );
    expect(notificationWords({ ...request, subjectName: "Testing", dueOn: "2026-12-07" })).toBe(
      "Olaf asked you to review a skill (Testing) by Dec 7, 2026",
    );
    const round = { ...request, subjectType: "round" } as const;
    // Without its application (a mentor no longer granted interviews) a round leads to the list.
    expect(notificationHref(round, mentor)).toBe(`/interviews?mentee=${mentee}`);
    expect(notificationHref({ ...round, applicationId: mentor }, mentor)).toBe(
      `/interviews/${mentor}?mentee=${mentee}#round-${skill}`,
    );
    expect(notificationHref({ ...round, applicationId: mentor }, mentee)).toBe(
      `/interviews/${mentor}#round-${skill}`,
    );
    const profile = { ...comment, subjectType: "profile", subjectId: null } as const;
    expect(notificationHref(profile, mentee)).toBe("/mentoring#profile-review");
    expect(notificationHref(profile, mentor)).toBe(`/mentoring#profile-review-${mentee}`);
    const accepted = {
      kind: "invitation_accepted",
      actorName: null,
      menteeId: mentee,
      subjectType: null,
      subjectId: null,
      subjectName: null,
      applicationId: null,
    } as const;
    expect(notificationWords(accepted)).toBe(
      "Someone accepted your invitation and can now read what you share",
    );
    expect(notificationHref(accepted, mentee)).toBe("/mentoring");
  });
});

describe("audit log words", () => {
  it("reads actions and leaves ids out of the detail", () => {
    expect(auditActionWords("mentorship.ended")).toBe("Ended the mentorship");
    expect(auditActionWords("read skills.current")).toBe("Read skills (current)");
    expect(auditActionWords("write reviews.comment")).toBe("Wrote reviews (comment)");
    expect(auditActionWords("something.new")).toBe("something.new");
    expect(
      auditDetailWords({
        mentorshipId: mentee,
        before: ["skills"],
        after: [],
        added: [],
        removed: ["skills"],
      }),
    ).toBe("added: none · removed: Skills");
    expect(auditDetailWords({ email: "a@example.com", scopes: ["compensation"] })).toBe(
      "email: a@example.com · scopes: Compensation",
    );
    expect(auditDetailWords({ mentorshipId: mentee, mentorId: mentor, cancelledRequests: 2 })).toBe(
      "review requests cancelled: 2",
    );
    expect(auditDetailWords(null)).toBe("");
  });
});

describe("invitation pages", () => {
  it("needs a signed-in user on invitation and notification pages", () => {
    expect(isProtectedPath("/invite/abc")).toBe(true);
    expect(isProtectedPath("/notifications")).toBe(true);
    expect(isProtectedPath("/invitex")).toBe(false);
    expect(isProtectedPath("/dev/mailbox")).toBe(false);
  });

  it("tells a visitor from an invitation link why to sign in", () => {
    expect(returnNotice("/invite/abc")).toMatch(/accept your mentoring invitation/);
    expect(returnNotice("/dashboard")).toBeUndefined();
  });

  it("explains each refusal with what to do next", () => {
    expect(refusalWords("NOT_FOUND", "invitation not found")).toMatch(/not valid/);
    expect(refusalWords("CONFLICT", "this invitation has already been used")).toBe(
      "This invitation has already been used.",
    );
    expect(refusalWords("BAD_REQUEST", "you cannot mentor yourself")).toBe(
      "You cannot mentor yourself: this is your own invitation. Send the link to your mentor.",
    );
  });
});
