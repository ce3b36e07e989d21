// The pages' sessions (pagesession.Neo4jSessionRepository): one node each, found by id on every page request and
// deleted by expiry. They belong to no council and hold no child data: the signed-in user, a CSRF token, a sign-in
// in progress.
CREATE CONSTRAINT page_session_id IF NOT EXISTS FOR (s:PageSession) REQUIRE s.id IS UNIQUE;
CREATE INDEX page_session_expiry IF NOT EXISTS FOR (s:PageSession) ON (s.expiresAt);
