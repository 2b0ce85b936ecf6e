/**
 * Trajectory's built-in knowledge, from the 2026 guide to backend developer skills
 * (../shared/seed/000_aa806d2299f069f1.txt). db/migrations/0001_builtin_skills.sql inserts the same nine skills.
 */

export const PROFICIENCY_LEVELS = [
  { level: 1, name: "Awareness" },
  { level: 2, name: "Foundational" },
  { level: 3, name: "Working knowledge" },
  { level: 4, name: "Practitioner" },
  { level: 5, name: "Expert" },
] as const;

export function proficiencyName(level: number): string {
  return PROFICIENCY_LEVELS.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
}

export interface BuiltinSkill {
  slug: string;
  name: string;
  kind: "technical" | "soft";
  description: string;
}

export const BUILTIN_SKILLS: readonly BuiltinSkill[] = [
  {
    slug: "programming",
    name: "Programming (Python/Java/Node.js)",
    kind: "technical",
    description:
      "Writing efficient, maintainable code that powers backend services, with reliability and performance.",
  },
  {
    slug: "database-design",
    name: "Database Design",
    kind: "technical",
    description: "Structuring data storage for optimal access and performance.",
  },
  {
    slug: "apis",
    name: "REST/GraphQL APIs",
    kind: "technical",
    description: "Designing APIs that connect software components and exchange data seamlessly.",
  },
  {
    slug: "server-management",
    name: "Server Management",
    kind: "technical",
    description:
      "Configuring and maintaining servers for performance, security, availability and reliability.",
  },
  {
    slug: "security",
    name: "Security Practices",
    kind: "technical",
    description:
      "Protecting applications from threats and vulnerabilities; safeguarding data and user privacy.",
  },
  {
    slug: "version-control",
    name: "Version Control",
    kind: "technical",
    description: "Tracking code changes to enable collaboration and rollback, keeping code integrity.",
  },
  {
    slug: "testing",
    name: "Testing",
    kind: "technical",
    description: "Ensuring code quality and functionality; preventing bugs and regressions.",
  },
  {
    slug: "problem-solving",
    name: "Problem-solving",
    kind: "soft",
    description: "Identifying and resolving issues efficiently with quick, reliable solutions.",
  },
  {
    slug: "team-collaboration",
    name: "Team Collaboration",
    kind: "soft",
    description: "Working effectively with others toward common goals; sharing knowledge.",
  },
];

/** Suggestions for the user's own skills: the seed's languages, tools and technologies. */
export const SKILL_SUGGESTIONS: readonly string[] = [
  "Python",
  "Java",
  "JavaScript/Node.js",
  "Go",
  "SQL",
  "VS Code",
  "Docker",
  "Kubernetes",
  "Postman",
  "Git",
  "Jenkins",
  "Redis",
  "Nginx",
  "Django",
  "Flask",
  "Spring Boot",
  "Express.js",
  "PostgreSQL",
  "MongoDB",
  "RabbitMQ",
  "AWS",
  "GCP",
  "Azure",
  "GraphQL",
];
