package org.fostergraph.ssda903;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.security.Scope;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CareStateUnknownController {

    private final Ssda903Repository repository;
    private final Clock clock;

    CareStateUnknownController(Ssda903Repository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @QueryMapping
    CareStateUnknown careStateUnknown(@ContextValue Scope scope, @Argument LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<CareStateUnknown.Reason> reasons = repository.unknownStatesOn(scope.councils(), day);
        int year = Ssda903Codes.collectionYear(day);
        return new CareStateUnknown(day, reasons.stream().mapToInt(CareStateUnknown.Reason::children).sum(), reasons,
                Ssda903Codes.yearLabel(year),
                repository.refusedByLatestImport(scope.councils(), year).orElse(null));
    }
}
