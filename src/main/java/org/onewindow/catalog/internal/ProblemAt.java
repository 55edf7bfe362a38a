package org.onewindow.catalog.internal;

/** Thrown while reading one catalogue entry; the loader collects it and goes on with the next. */
final class ProblemAt extends RuntimeException {

    private final CatalogException.Problem problem;

    ProblemAt(CatalogException.Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    CatalogException.Problem problem() {
        return problem;
    }
}
