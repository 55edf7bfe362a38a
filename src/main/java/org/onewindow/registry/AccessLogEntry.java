package org.onewindow.registry;

import java.time.Instant;

/**
 * One read of a person's data, as the person sees it in "who read my data".
 *
 * @param id the entry id, for keyset paging
 * @param readAt when
 * @param readerType CITIZEN, STAFF or SYSTEM
 * @param readerName who (a staff member's name and department, or the system component)
 * @param purpose why
 * @param registry which registry (POPULATION or LEGAL_ENTITY)
 */
public record AccessLogEntry(
        long id, Instant readAt, String readerType, String readerName, ReadPurpose purpose, String registry) {}
