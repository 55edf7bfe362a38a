package org.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;

/** What other modules may know of a citizen account and the businesses it acts for. */
public interface CitizenDirectory {

    /** A citizen account's identity, as proofed at registration. */
    record CitizenProfile(UUID id, String name, IdNumber idNumber, MobileNumber mobile) {}

    /** A business the citizen represents (legal representative) or acts for (agent). */
    record BusinessRole(CreditCode creditCode, String name, boolean legalRepresentative) {}

    Optional<CitizenProfile> profile(UUID citizenId);

    /**
     * The account's mobile number only, for a text message: the identity number is neither read nor
     * decrypted.
     */
    Optional<MobileNumber> mobile(UUID citizenId);

    List<BusinessRole> businessesOf(UUID citizenId);

    /** The business, if the citizen may act for it now; empty for any other business. */
    default Optional<BusinessRole> businessOf(UUID citizenId, CreditCode creditCode) {
        return businessesOf(citizenId).stream().filter(b -> b.creditCode().equals(creditCode)).findFirst();
    }
}
