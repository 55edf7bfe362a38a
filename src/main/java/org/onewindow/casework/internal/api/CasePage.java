package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of the applicant's cases, newest first.
 *
 * @param items the cases on this page
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
@Schema(description = "One page of cases, newest first; keyset-paginated.")
public record CasePage(List<CaseSummary> items, String nextCursor) {}
