package org.fostergraph.api;

import org.fostergraph.api.errors.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused REST request (the CSV reports) answers 400 with the same code, field and value as over GraphQL. */
@RestControllerAdvice(annotations = RestController.class)
class RefusalProblems {

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setProperty("code", refused.code());
        problem.setProperty("field", refused.field());
        problem.setProperty("value", refused.value());
        return problem;
    }
}
