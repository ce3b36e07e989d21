// Every change is recorded once; a client key makes a retried mutation find its first result instead of acting twice.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_client_key IF NOT EXISTS FOR (n:Change) REQUIRE n.clientKey IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);

// Vacancy holds, hub sleepovers and constellation meetings are addressed by id.
CREATE CONSTRAINT hold_id IF NOT EXISTS FOR (n:Hold) REQUIRE n.id IS UNIQUE;
CREATE INDEX hold_expires_at IF NOT EXISTS FOR (n:Hold) ON (n.expiresAt);
CREATE CONSTRAINT sleepover_id IF NOT EXISTS FOR (n:Sleepover) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT constellation_event_id IF NOT EXISTS FOR (n:ConstellationEvent) REQUIRE n.id IS UNIQUE;
