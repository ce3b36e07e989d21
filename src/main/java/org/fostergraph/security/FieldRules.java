package org.fostergraph.security;

/**
 * What every field's guard checks besides roles: the council scope of the ids its arguments name, the limits its
 * arguments are held to, and who may read each type in full (for summaries of records, such as the history).
 */
record FieldRules(CouncilScope scope, InputLimits inputs, TypeReaders readers) {
}
