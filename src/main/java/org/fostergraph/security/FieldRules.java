package org.fostergraph.security;

/**
 * What every field's guard checks besides roles: the council scope of the ids its arguments name, and the limits its
 * arguments are held to.
 */
record FieldRules(CouncilScope scope, InputLimits inputs) {
}
