package org.onewindow.workflow;

import java.util.List;

/** The department asked, once, for everything missing; the list names materials, not personal data. */
public record CorrectionRequested(String businessKey, List<String> missing) {}
