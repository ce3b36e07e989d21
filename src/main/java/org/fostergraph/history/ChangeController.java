package org.fostergraph.history;

import java.util.List;

import org.fostergraph.graphql.InvalidArgumentException;
import org.fostergraph.graphql.PagingProperties;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChangeController {

    private final ChangeLog changeLog;
    private final PagingProperties paging;

    ChangeController(ChangeLog changeLog, PagingProperties paging) {
        this.changeLog = changeLog;
        this.paging = paging;
    }

    @QueryMapping
    List<Change> changes(@Argument String subjectId, @Argument Integer first) {
        int limit = first == null ? paging.defaultPageSize() : first;
        if (limit < 1 || limit > paging.maxPageSize()) {
            throw new InvalidArgumentException("first", first, "between 1 and " + paging.maxPageSize() + " changes");
        }
        return changeLog.about(subjectId, limit);
    }
}
