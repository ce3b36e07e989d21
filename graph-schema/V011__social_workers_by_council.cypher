// A social worker works for one council, which alone may make them a constellation's liaison worker: another council's
// fostering team could otherwise name them (docs/SECURITY.md). A worker who is a liaison takes their constellation's
// council; in a graph of one council, every worker is that council's.
CREATE INDEX social_worker_council IF NOT EXISTS FOR (n:SocialWorker) ON (n.council);
MATCH (w:SocialWorker)-[:LIAISON_FOR]->(c:Constellation) WHERE w.council IS NULL AND c.council IS NOT NULL
SET w.council = c.council;
MATCH (a:LocalAuthority) WITH collect(a.code) AS codes WHERE size(codes) = 1
MATCH (w:SocialWorker) WHERE w.council IS NULL
SET w.council = codes[0];
