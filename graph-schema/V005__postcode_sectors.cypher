// The postcode-sector table: one node per sector with its centre, for placing homes, referrals and imported
// SSDA903 rows (HOME_POST, PL_POST) on the map.
CREATE CONSTRAINT postcode_sector IF NOT EXISTS FOR (n:PostcodeSector) REQUIRE n.sector IS UNIQUE;
