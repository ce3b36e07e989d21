package org.fostergraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode when the demo council is loaded at start-up
 * @param location folder (resource location) holding the seed CSV files
 */
@ConfigurationProperties("fostergraph.seed")
public record SeedProperties(@DefaultValue("if-empty") Mode mode, @DefaultValue("classpath:seed/") String location) {

    public enum Mode {
        /** Load when the graph holds no council yet: first start-up of a new database. */
        IF_EMPTY,
        /** Load on every start-up; loading merges by id, so nothing is duplicated. */
        ALWAYS,
        /** Never load: a council's own data lives here. */
        NEVER
    }
}
