package org.fostergraph.config;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The extended-scalars {@code Date}, made strict: it resolves an impossible day such as 2026-02-30 to the
 * last day of the month, which would record a placement on a day nobody asked for. This refuses any input
 * that does not read back as itself.
 */
final class StrictDateScalar {

    private StrictDateScalar() {
    }

    @SuppressWarnings("unchecked")
    static GraphQLScalarType create() {
        Coercing<LocalDate, String> lenient = (Coercing<LocalDate, String>) ExtendedScalars.Date.getCoercing();
        return ExtendedScalars.Date.transform(builder -> builder.coercing(new Coercing<LocalDate, String>() {

            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
                return lenient.serialize(value, context, locale);
            }

            @Override
            public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
                LocalDate date = lenient.parseValue(input, context, locale);
                if (input instanceof String text && !date.toString().equals(text)) {
                    throw new CoercingParseValueException("'" + text + "' is not a calendar date (YYYY-MM-DD)");
                }
                return date;
            }

            @Override
            public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                    throws CoercingParseLiteralException {
                LocalDate date = lenient.parseLiteral(input, variables, context, locale);
                if (input instanceof StringValue text && !date.toString().equals(text.getValue())) {
                    throw new CoercingParseLiteralException("'" + text.getValue() + "' is not a calendar date (YYYY-MM-DD)");
                }
                return date;
            }
        }));
    }
}
