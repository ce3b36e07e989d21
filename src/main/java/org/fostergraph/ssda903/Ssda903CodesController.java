package org.fostergraph.ssda903;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Ssda903Codes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The DfE's code lists as the forms offer them: the pages never spell a code themselves (care.Ssda903Codes is the one list). */
@Controller
class Ssda903CodesController {

    private final Ssda903Codes codes;
    private final Clock clock;

    Ssda903CodesController(Ssda903Codes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @QueryMapping
    List<Ssda903Codes.Code> ssda903Codes(@Argument Ssda903Codes.CodeList list, @Argument LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return codes.all(list).stream().filter(code -> codes.isValid(list, code.code(), day)).toList();
    }
}
