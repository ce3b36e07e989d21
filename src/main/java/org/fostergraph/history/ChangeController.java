package org.fostergraph.history;

import java.util.List;
import java.util.Set;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.paging.PagingProperties;
import org.fostergraph.security.Callers;
import org.fostergraph.security.TypeReaders;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChangeController {

    private final ChangeLog changeLog;
    private final PagingProperties paging;
    private final TypeReaders readers;

    ChangeController(ChangeLog changeLog, PagingProperties paging, TypeReaders readers) {
        this.changeLog = changeLog;
        this.paging = paging;
        this.readers = readers;
    }

    @QueryMapping
    List<Change> changes(@Argument String subjectId, @Argument Integer first) {
        int limit = first == null ? paging.defaultPageSize() : first;
        if (limit < 1 || limit > paging.maxPageSize()) {
            throw new InvalidArgumentException("first", first, "between 1 and " + paging.maxPageSize() + " changes");
        }
        // The history shows only changes whose records the caller may read in full (the guard holds every answer to
        // that); asking the graph for those alone keeps a page full.
        Set<String> readable = Callers.current().map(readers::readableInFull).orElse(Set.of());
        return changeLog.about(subjectId, readable, limit);
    }
}
