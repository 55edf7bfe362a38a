package org.onewindow.casework.internal;

import org.onewindow.identity.CitizenDirectory.BusinessRole;
import org.onewindow.identity.CitizenDirectory.CitizenProfile;

/**
 * Who applies: a citizen, for themselves or for a business they represent or act for.
 *
 * @param citizen the logged-in citizen
 * @param business the business applied for, or null
 * @param ip the client address, for the registry access log
 */
record Applicant(CitizenProfile citizen, BusinessRole business, String ip) {

    boolean forBusiness() {
        return business != null;
    }
}
