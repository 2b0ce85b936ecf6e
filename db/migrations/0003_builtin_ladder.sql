-- The built-in ladder "Backend Developer (2026 guide)", generated from server/domain/ladders-builtin.ts (ids by slug and key, none hard-coded).
-- The seed's situational skills become built-in skills, so the ladder's optional competencies can point at them.
INSERT INTO "skills" ("slug", "name", "kind", "description") VALUES
  ('situational-devops', 'DevOps practices', 'technical', 'Situational: useful for large-scale systems but not always necessary for smaller projects.'),
  ('situational-message-queues', 'Message queues', 'technical', 'Situational: useful for large-scale systems but not always necessary for smaller projects.'),
  ('situational-search-engines', 'Search engines (e.g. Elasticsearch)', 'technical', 'Situational: useful for large-scale systems but not always necessary for smaller projects.'),
  ('situational-caching', 'Caching strategies', 'technical', 'Situational: valuable for specialized roles.'),
  ('situational-blockchain', 'Blockchain', 'technical', 'Situational: valuable for specialized roles.'),
  ('situational-machine-learning', 'Machine learning basics', 'technical', 'Situational: valuable for specialized roles.');--> statement-breakpoint
INSERT INTO "ladders" ("slug", "name", "summary", "source", "source_name") VALUES
  ('backend-developer-2026', 'Backend Developer (2026 guide)', 'Skill expectations by experience level for backend developers, from the 2026 guide to backend developer skills.', 'builtin', 'The 2026 guide to backend developer skills (seed 000_aa806d2299f069f1)');--> statement-breakpoint
INSERT INTO "ladder_levels" ("ladder_id", "key", "name", "position", "focus", "summary")
SELECT (SELECT "id" FROM "ladders" WHERE "slug" = 'backend-developer-2026' AND "user_id" IS NULL), v."key", v."name", v."position", v."focus", v."summary" FROM (VALUES
  ('entry', 'Entry', 0, 'Basic programming proficiency', 'Develop simple APIs, understand database fundamentals, use version control'),
  ('mid', 'Mid', 1, 'Complex API design', 'Optimize databases, implement security, understand microservices, tune performance'),
  ('senior', 'Senior', 2, 'System architecture', 'Lead technical decisions, design scalable systems, mentor others, ensure security')
) AS v("key", "name", "position", "focus", "summary");--> statement-breakpoint
INSERT INTO "ladder_themes" ("ladder_id", "key", "name", "summary", "position")
SELECT (SELECT "id" FROM "ladders" WHERE "slug" = 'backend-developer-2026' AND "user_id" IS NULL), v."key", v."name", v."summary", v."position" FROM (VALUES
  ('technical', 'Technical skills', 'The seven technical skills essential for backend developers.', 0),
  ('soft', 'Soft skills', 'The soft skills that drive promotion and leadership.', 1)
) AS v("key", "name", "summary", "position");--> statement-breakpoint
INSERT INTO "ladder_competencies" ("ladder_id", "theme_id", "key", "name", "description", "kind", "optional", "skill_id", "position")
SELECT t."ladder_id", t."id", v."key", v."name", v."description", v."kind"::"competency_kind", v."optional", s."id", v."position" FROM (VALUES
  ('programming', 'Programming (Python/Java/Node.js)', 'Writing efficient, maintainable code that powers backend services, with reliability and performance.', 'technical', false, 'technical', 0),
  ('database-design', 'Database Design', 'Structuring data storage for optimal access and performance.', 'technical', false, 'technical', 1),
  ('apis', 'REST/GraphQL APIs', 'Designing APIs that connect software components and exchange data seamlessly.', 'technical', false, 'technical', 2),
  ('server-management', 'Server Management', 'Configuring and maintaining servers for performance, security, availability and reliability.', 'technical', false, 'technical', 3),
  ('security', 'Security Practices', 'Protecting applications from threats and vulnerabilities; safeguarding data and user privacy.', 'technical', false, 'technical', 4),
  ('version-control', 'Version Control', 'Tracking code changes to enable collaboration and rollback, keeping code integrity.', 'technical', false, 'technical', 5),
  ('testing', 'Testing', 'Ensuring code quality and functionality; preventing bugs and regressions.', 'technical', false, 'technical', 6),
  ('problem-solving', 'Problem-solving', 'Identifying and resolving issues efficiently with quick, reliable solutions.', 'soft', false, 'soft', 7),
  ('team-collaboration', 'Team Collaboration', 'Working effectively with others toward common goals; sharing knowledge.', 'soft', false, 'soft', 8),
  ('situational-devops', 'DevOps practices', 'Situational: useful for large-scale systems but not always necessary for smaller projects.', 'technical', true, 'technical', 9),
  ('situational-message-queues', 'Message queues', 'Situational: useful for large-scale systems but not always necessary for smaller projects.', 'technical', true, 'technical', 10),
  ('situational-search-engines', 'Search engines (e.g. Elasticsearch)', 'Situational: useful for large-scale systems but not always necessary for smaller projects.', 'technical', true, 'technical', 11),
  ('situational-caching', 'Caching strategies', 'Situational: valuable for specialized roles.', 'technical', true, 'technical', 12),
  ('situational-blockchain', 'Blockchain', 'Situational: valuable for specialized roles.', 'technical', true, 'technical', 13),
  ('situational-machine-learning', 'Machine learning basics', 'Situational: valuable for specialized roles.', 'technical', true, 'technical', 14)
) AS v("key", "name", "description", "kind", "optional", "theme_key", "position")
JOIN "ladder_themes" t ON t."ladder_id" = (SELECT "id" FROM "ladders" WHERE "slug" = 'backend-developer-2026' AND "user_id" IS NULL) AND t."key" = v."theme_key"
JOIN "skills" s ON s."slug" = v."key" AND s."user_id" IS NULL;--> statement-breakpoint
INSERT INTO "ladder_expectations" ("level_id", "competency_id", "ladder_id", "expected_level", "text")
SELECT l."id", c."id", l."ladder_id", v."expected_level", v."text" FROM (VALUES
  ('entry', 'programming', 2, 'Basic programming proficiency in one backend language.'),
  ('mid', 'programming', 3, 'Writes efficient, maintainable code for complex APIs; tunes performance.'),
  ('senior', 'programming', 4, 'Code that scales with the system''s architecture; sets the standard for others.'),
  ('entry', 'database-design', 2, 'Understands database fundamentals.'),
  ('mid', 'database-design', 4, 'Optimizes databases: schemas and queries that perform at scale.'),
  ('senior', 'database-design', 4, 'Designs data storage for scalable systems.'),
  ('entry', 'apis', 2, 'Develops simple APIs.'),
  ('mid', 'apis', 4, 'Complex API design.'),
  ('senior', 'apis', 4, 'Designs APIs as part of scalable system architecture.'),
  ('entry', 'server-management', 1, 'Aware of how services are deployed and run.'),
  ('mid', 'server-management', 3, 'Understands microservices; tunes performance.'),
  ('senior', 'server-management', 4, 'Designs scalable systems and their operation.'),
  ('entry', 'security', 1, 'Aware of common threats and secure coding basics.'),
  ('mid', 'security', 3, 'Implements security.'),
  ('senior', 'security', 4, 'Ensures security.'),
  ('entry', 'version-control', 2, 'Uses version control.'),
  ('mid', 'version-control', 3, 'Keeps a structured branching strategy in a team.'),
  ('senior', 'version-control', 4, 'Sets the team''s version-control practices.'),
  ('entry', 'testing', 2, 'Writes unit tests for their own features.'),
  ('mid', 'testing', 3, 'Chooses test coverage and edge cases for complex features.'),
  ('senior', 'testing', 4, 'Sets testing strategy for scalable systems.'),
  ('entry', 'problem-solving', 2, 'Resolves well-defined issues with guidance.'),
  ('mid', 'problem-solving', 3, 'Resolves complex issues independently.'),
  ('senior', 'problem-solving', 5, 'Leads technical decisions.'),
  ('entry', 'team-collaboration', 2, 'Works effectively within the team; asks for and takes feedback.'),
  ('mid', 'team-collaboration', 3, 'Shares knowledge across the team and with neighbouring teams.'),
  ('senior', 'team-collaboration', 5, 'Mentors others.'),
  ('mid', 'situational-devops', 1, 'Knows when it is needed.'),
  ('senior', 'situational-devops', 2, 'Can apply it when the system needs it.'),
  ('mid', 'situational-message-queues', 1, 'Knows when it is needed.'),
  ('senior', 'situational-message-queues', 2, 'Can apply it when the system needs it.'),
  ('mid', 'situational-search-engines', 1, 'Knows when it is needed.'),
  ('senior', 'situational-search-engines', 2, 'Can apply it when the system needs it.'),
  ('mid', 'situational-caching', 1, 'Knows when it is needed.'),
  ('senior', 'situational-caching', 2, 'Can apply it when the system needs it.'),
  ('mid', 'situational-blockchain', 1, 'Knows when it is needed.'),
  ('senior', 'situational-blockchain', 2, 'Can apply it when the system needs it.'),
  ('mid', 'situational-machine-learning', 1, 'Knows when it is needed.'),
  ('senior', 'situational-machine-learning', 2, 'Can apply it when the system needs it.')
) AS v("level_key", "competency_key", "expected_level", "text")
JOIN "ladder_levels" l ON l."ladder_id" = (SELECT "id" FROM "ladders" WHERE "slug" = 'backend-developer-2026' AND "user_id" IS NULL) AND l."key" = v."level_key"
JOIN "ladder_competencies" c ON c."ladder_id" = l."ladder_id" AND c."key" = v."competency_key";
