package org.onewindow.workflow;

import java.util.UUID;

/** A department accepted the case (or it was deemed accepted when the 5 working days ran out). */
public record CaseAccepted(String businessKey, UUID departmentId, boolean deemed) {}
