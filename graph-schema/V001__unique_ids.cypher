// Every node that the API or an import addresses by id has exactly one node per id.
CREATE CONSTRAINT local_authority_code IF NOT EXISTS FOR (n:LocalAuthority) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT household_id IF NOT EXISTS FOR (n:Household) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT carer_id IF NOT EXISTS FOR (n:Carer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT social_worker_id IF NOT EXISTS FOR (n:SocialWorker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT constellation_id IF NOT EXISTS FOR (n:Constellation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT child_id IF NOT EXISTS FOR (n:Child) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT placement_id IF NOT EXISTS FOR (n:Placement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (n:StatusChange) REQUIRE n.id IS UNIQUE;
