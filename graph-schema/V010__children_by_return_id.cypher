// A council's SSDA903 returns name its children by ids of its own (CHILD), which another council may use for another
// child. An imported child keeps the id its first return gave it as returnId, unique within its council; its graph id
// is the council's code, a colon and that id, so two councils' children of one return id are two children and no
// import answer depends on another council's ids (docs/SECURITY.md).
CREATE CONSTRAINT child_council_return_id IF NOT EXISTS FOR (n:Child) REQUIRE (n.council, n.returnId) IS UNIQUE;
