package org.onewindow.hotline.internal;

import java.util.List;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.DepartmentFunction;

/**
 * One entry of the dispatch catalogue: what can be reported and who answers it how fast.
 *
 * @param code stable code, also the Open311 {@code service_code}
 * @param name Chinese name
 * @param nameEn English name
 * @param category the kind of contact
 * @param area the subject area's code
 * @param function the department function that answers it, found per district
 * @param deadlineClass the name of the deadline class, e.g. {@code GENERAL}
 * @param replyLimit the time the department has to reply, from the dispatch
 * @param keywords search words, also the Open311 {@code keywords}
 * @param attributes extra questions
 */
record HotlineService(
        String code,
        String name,
        String nameEn,
        TicketCategory category,
        String area,
        DepartmentFunction function,
        String deadlineClass,
        TimeLimit replyLimit,
        List<String> keywords,
        List<ServiceAttribute> attributes) {}
