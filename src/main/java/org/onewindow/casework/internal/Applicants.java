package org.onewindow.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.identity.CitizenDirectory.BusinessRole;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.InvalidIdentifierException;
import org.springframework.stereotype.Component;

/** Works out who is applying: the logged-in citizen, and the business if they act for one. */
@Component
class Applicants {

    private final CitizenDirectory citizens;

    Applicants(CitizenDirectory citizens) {
        this.citizens = citizens;
    }

    /** The applicant; a business the citizen may not act for answers as not found. */
    Applicant current(HttpServletRequest request, String creditCode) {
        OneWindowUser user = CurrentUser.require();
        CitizenDirectory.CitizenProfile profile = citizens.profile(user.id()).orElseThrow();
        BusinessRole business = null;
        if (creditCode != null && !creditCode.isBlank()) {
            business = parse(creditCode)
                    .flatMap(code -> citizens.businessOf(user.id(), code))
                    .orElseThrow(Applying.DraftNotFound::new);
        }
        return new Applicant(profile, business, request.getRemoteAddr());
    }

    List<BusinessRole> businessesOf(OneWindowUser user) {
        return citizens.businessesOf(user.id());
    }

    private static Optional<CreditCode> parse(String text) {
        try {
            return Optional.of(CreditCode.parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
