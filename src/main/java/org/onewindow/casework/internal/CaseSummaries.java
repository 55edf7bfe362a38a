package org.onewindow.casework.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.springframework.stereotype.Component;

/** Reads the summary of a case from its record. */
@Component
class CaseSummaries implements Cases {

    private final CaseRecords cases;

    CaseSummaries(CaseRecords cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseSummary> summary(UUID caseId) {
        return cases.byId(caseId).map(CaseSummaries::of);
    }

    @Override
    public Map<UUID, CaseSummary> summaries(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? Map.of() : cases.byIds(caseIds).stream()
                .map(CaseSummaries::of)
                .collect(Collectors.toUnmodifiableMap(CaseSummary::caseId, Function.identity()));
    }

    private static CaseSummary of(CaseRecords.CaseRecord c) {
        return new CaseSummary(c.id(), c.applicantId(), c.receiptNumber(), c.itemCode(), c.status(),
                c.acceptingDepartmentId());
    }
}
