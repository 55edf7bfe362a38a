package org.onewindow.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Component;

/** The citizen directory over the identity schema. */
@Component
class JdbcCitizenDirectory implements CitizenDirectory {

    private final Citizens citizens;
    private final BusinessAccounts businesses;

    JdbcCitizenDirectory(Citizens citizens, BusinessAccounts businesses) {
        this.citizens = citizens;
        this.businesses = businesses;
    }

    @Override
    public Optional<CitizenProfile> profile(UUID citizenId) {
        return citizens.byId(citizenId)
                .map(c -> new CitizenProfile(c.id(), c.name(), c.idNumber(), c.mobile()));
    }

    @Override
    public Optional<MobileNumber> mobile(UUID citizenId) {
        return citizens.mobileOf(citizenId);
    }

    @Override
    public List<BusinessRole> businessesOf(UUID citizenId) {
        return businesses.membershipsOf(citizenId).stream()
                .map(m -> new BusinessRole(CreditCode.parse(m.creditCode()), m.name(), m.legalRepresentative()))
                .toList();
    }
}
