// A referral keeps who its children can live alongside (matching's risks: ONLY_CHILD, NO_YOUNGER_CHILDREN,
// NO_OLDER_CHILDREN); referrals opened before held none, which is what an empty list says.
MATCH (r:Referral) WHERE r.risks IS NULL
CALL (r) { SET r.risks = [] } IN TRANSACTIONS OF 10000 ROWS;
