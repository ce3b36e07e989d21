// Matching seeks the caller's councils' households of the kinds it may offer (the council's own carers, or every kind
// when asked for external homes) by one composite index, instead of every household of the council: around a city a
// council holds as many agency, residential and family homes as carers of its own (docs/PERFORMANCE.md).
CREATE INDEX household_council_provision IF NOT EXISTS FOR (n:Household) ON (n.council, n.provision);
