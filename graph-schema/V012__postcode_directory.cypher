// Full postcodes from the ONS Postcode Directory (ONSPD) or a council's extract of it: national reference data, one
// node per postcode, keyed by the postcode without spaces so that a return's HOME_POST and PL_POST, in any spacing,
// find theirs (docs/SSDA903.md). Eastings and northings give the DfE's distance from home; laua the local authority.
CREATE CONSTRAINT postcode_compact IF NOT EXISTS FOR (n:Postcode) REQUIRE n.compact IS UNIQUE;
