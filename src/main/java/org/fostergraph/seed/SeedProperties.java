package org.fostergraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode when the demo council is loaded at start-up
 * @param location folder (resource location) holding the seed CSV files
 * @param dates whether the seed's dates move to the day it is loaded, or are loaded as written
 */
@ConfigurationProperties("fostergraph.seed")
public record SeedProperties(@DefaultValue("if-empty") Mode mode, @DefaultValue("classpath:seed/") String location,
        @DefaultValue("follow-today") Dates dates) {

    public enum Mode {
        /** Load when the graph holds no council yet: first start-up of a new database. */
        IF_EMPTY,
        /** Load on every start-up; loading merges by id, so nothing is duplicated. */
        ALWAYS,
        /** Never load: a council's own data lives here. */
        NEVER
    }

    public enum Dates {
        /**
         * Every date moves by the days between the seed's own "today" ({@code council.csv}) and the day it is loaded, so
         * that the demo council is as consistent on any day as on the day it describes: nobody in care past 18, nothing
         * in the future, the same ages, counts and stays.
         */
        FOLLOW_TODAY,
        /** As written in the files: the tests, which count every expected value on the seed's own day. */
        AS_WRITTEN
    }
}
