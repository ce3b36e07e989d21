// Approved places out of use for a while, with the reason (care.PlacesNotAvailable): found by id, and read by every
// count of a household's beds through the household they are AT.
CREATE CONSTRAINT places_not_available_id IF NOT EXISTS FOR (n:PlacesNotAvailable) REQUIRE n.id IS UNIQUE;
