package org.fostergraph.neo4j;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;


/** Null-tolerant reads of Cypher result values into the Java types the records use. */
public final class RecordValues {

    private RecordValues() {
    }

    public static String string(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    public static int integer(Value value, int whenMissing) {
        return value == null || value.isNull() ? whenMissing : value.asInt();
    }

    public static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }

    public static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** Money is stored as a float of pounds; the API answers pounds with pence. */
    public static BigDecimal pounds(Value value) {
        return value == null || value.isNull() ? null
                : BigDecimal.valueOf(value.asDouble()).setScale(2, RoundingMode.HALF_UP);
    }
}
