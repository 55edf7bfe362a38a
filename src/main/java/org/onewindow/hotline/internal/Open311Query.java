package org.onewindow.hotline.internal;

import java.time.Instant;
import java.util.List;

/**
 * The filters of a GeoReport v2 {@code GET requests}.
 *
 * @param numbers {@code service_request_id} values, empty for any
 * @param serviceCodes {@code service_code} values, empty for any
 * @param start inclusive
 * @param end exclusive
 * @param status {@code open}, {@code closed} or {@code null} for both
 */
record Open311Query(List<String> numbers, List<String> serviceCodes, Instant start, Instant end, String status) {}
