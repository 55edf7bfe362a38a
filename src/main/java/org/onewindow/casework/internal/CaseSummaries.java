package org.onewindow.casework.internal;

import java.util.Optional;
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
        return cases.byId(caseId)
                .map(c -> new CaseSummary(c.id(), c.applicantId(), c.receiptNumber(), c.itemCode(), c.status(),
                        c.acceptingDepartmentId()));
    }
}
