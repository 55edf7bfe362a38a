package org.onewindow.bench;

/** One unit of work a benchmark repeats, such as one insert or one business transaction. */
@FunctionalInterface
interface Operation {

    /** Does the work once on behalf of the given worker (0 to threads − 1). */
    void execute(int worker) throws Exception;
}
