-- The seed's nine skills, built in (user_id null). Kept equal to BUILTIN_SKILLS by tests/integration/catalogue.test.ts.
INSERT INTO "skills" ("slug", "name", "kind", "description") VALUES
  ('programming', 'Programming (Python/Java/Node.js)', 'technical', 'Writing efficient, maintainable code that powers backend services, with reliability and performance.'),
  ('database-design', 'Database Design', 'technical', 'Structuring data storage for optimal access and performance.'),
  ('apis', 'REST/GraphQL APIs', 'technical', 'Designing APIs that connect software components and exchange data seamlessly.'),
  ('server-management', 'Server Management', 'technical', 'Configuring and maintaining servers for performance, security, availability and reliability.'),
  ('security', 'Security Practices', 'technical', 'Protecting applications from threats and vulnerabilities; safeguarding data and user privacy.'),
  ('version-control', 'Version Control', 'technical', 'Tracking code changes to enable collaboration and rollback, keeping code integrity.'),
  ('testing', 'Testing', 'technical', 'Ensuring code quality and functionality; preventing bugs and regressions.'),
  ('problem-solving', 'Problem-solving', 'soft', 'Identifying and resolving issues efficiently with quick, reliable solutions.'),
  ('team-collaboration', 'Team Collaboration', 'soft', 'Working effectively with others toward common goals; sharing knowledge.');
