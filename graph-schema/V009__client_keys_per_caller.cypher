// A client key belongs to its caller (user and councils): the same text sent by another caller is another key, so
// no caller can read, squat or detect another's keys (docs/SECURITY.md). Keys recorded before this file have no
// caller scope and are not subject to the new constraint: a retry of a request made before the upgrade is a new request.
DROP CONSTRAINT change_client_key IF EXISTS;
CREATE CONSTRAINT change_client_scope_key IF NOT EXISTS FOR (n:Change) REQUIRE (n.clientScope, n.clientKey) IS UNIQUE;
