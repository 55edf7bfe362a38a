package org.onewindow.casework;

import java.util.UUID;

/** The applicant withdrew a case before acceptance. */
public record ApplicationWithdrawn(UUID applicationId, String itemCode, UUID applicantId) {}
