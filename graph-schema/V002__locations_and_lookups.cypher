// Distance searches ("households within 20 miles of this child's home") use point indexes.
CREATE POINT INDEX household_location IF NOT EXISTS FOR (n:Household) ON (n.location);
CREATE POINT INDEX locality_centre IF NOT EXISTS FOR (n:Locality) ON (n.centre);
CREATE POINT INDEX child_home_location IF NOT EXISTS FOR (n:Child) ON (n.homeLocation);

// Lookups that every vacancy, matching and placement-mix query starts from.
CREATE INDEX household_status_provision IF NOT EXISTS FOR (n:Household) ON (n.status, n.provision);
CREATE INDEX household_postcode_sector IF NOT EXISTS FOR (n:Household) ON (n.postcodeSector);
CREATE INDEX placement_start IF NOT EXISTS FOR (n:Placement) ON (n.start);
CREATE INDEX placement_end IF NOT EXISTS FOR (n:Placement) ON (n.end);
CREATE INDEX constellation_name IF NOT EXISTS FOR (n:Constellation) ON (n.name);
