package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;

import org.junit.jupiter.api.Test;

/** The running count of list items, the backstop behind the assumed sizes (issue 21, finding 10). */
class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(new GraphQlLimitsProperties(12, 5000, 10, 10, 10, 2000, 200, false), 20);

    @Test
    void theListsOfOneAnswerHoldAtMostMaxListItemsTogether() {
        InstrumentationState request = limit.createState(null);
        limit.beginFieldListCompletion(list(6), request);
        limit.beginFieldListCompletion(list(4), request);
        assertThatThrownBy(() -> limit.beginFieldListCompletion(list(1), request))
                .isInstanceOf(AbortExecutionException.class)
                .hasMessage("The answer would hold more than 10 list items; ask for fewer (page with first, or select fewer nested lists)");
        // Another request counts from nothing.
        InstrumentationState another = limit.createState(null);
        assertThat(limit.beginFieldListCompletion(list(10), another)).isNotNull();
    }

    private static InstrumentationFieldCompleteParameters list(int items) {
        return new InstrumentationFieldCompleteParameters(null, null, () -> null, Collections.nCopies(items, "item"));
    }
}
