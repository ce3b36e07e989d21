// Placement referrals (a child or sibling group waiting for a placement) are addressed by id; the sufficiency
// report reads the ones open on a day.
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE;
CREATE INDEX referral_received IF NOT EXISTS FOR (n:Referral) ON (n.received);
