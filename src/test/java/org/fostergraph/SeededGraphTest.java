package org.fostergraph;

/**
 * Tests that read the demo council of {@code seed/}, loaded once into the context's database. They must not
 * change it: every class extending this one shares that database.
 */
public abstract class SeededGraphTest extends GraphQlHttpTest {
}
