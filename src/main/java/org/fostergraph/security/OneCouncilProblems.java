package org.fostergraph.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A REST change (an import, an upload) or export asked for by a user of several councils answers 403, naming why. */
@RestControllerAdvice(annotations = RestController.class)
class OneCouncilProblems {

    @ExceptionHandler(OneCouncilNeededException.class)
    ProblemDetail refused(OneCouncilNeededException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setProperty("code", "ONE_COUNCIL_NEEDED");
        return problem;
    }
}
