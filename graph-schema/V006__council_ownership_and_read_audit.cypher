// Each council's children, households, constellations and referrals carry the council's code, so that every read
// can be kept to the reader's councils with an index, and the append-only read audit of children's records.
CREATE INDEX child_council IF NOT EXISTS FOR (n:Child) ON (n.council);
CREATE INDEX household_council IF NOT EXISTS FOR (n:Household) ON (n.council);
CREATE INDEX constellation_council IF NOT EXISTS FOR (n:Constellation) ON (n.council);
CREATE INDEX referral_council IF NOT EXISTS FOR (n:Referral) ON (n.council);
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_record_council_at IF NOT EXISTS FOR (n:AuditRecord) ON (n.council, n.at);
// A graph loaded before records named their council held one council's data: they are that council's.
MATCH (a:LocalAuthority) WITH collect(a.code) AS codes WHERE size(codes) = 1
MATCH (n) WHERE (n:Child OR n:Household OR n:Constellation OR n:Referral) AND n.council IS NULL
CALL (n, codes) { SET n.council = codes[0] } IN TRANSACTIONS OF 10000 ROWS;
