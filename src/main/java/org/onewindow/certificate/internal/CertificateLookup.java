package org.onewindow.certificate.internal;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.certificate.CertificateStatus;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Certificates;
import org.onewindow.certificate.Holder;
import org.onewindow.platform.PersonalDataProtection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads certificates for other modules. */
@Service
@Transactional(readOnly = true)
class CertificateLookup implements Certificates {

    private final CertificateRecords records;
    private final CertificateViews views;
    private final PersonalDataProtection protection;

    CertificateLookup(CertificateRecords records, CertificateViews views, PersonalDataProtection protection) {
        this.records = records;
        this.views = views;
        this.protection = protection;
    }

    @Override
    public Optional<CertificateView> byId(UUID id) {
        return records.byId(id).map(views::of);
    }

    @Override
    public List<CertificateView> ofCase(UUID caseId) {
        return records.ofCase(caseId).stream().map(views::of).toList();
    }

    @Override
    public Optional<CertificateView> validFor(Holder holder, String certificateType) {
        return records.ofHolder(views.holderIndex(holder), certificateType).stream()
                .filter(c -> c.status(views.today()) == CertificateStatus.VALID)
                .findFirst()
                .map(views::of);
    }

    @Override
    public Optional<CertificateView> heldBy(UUID id, Holder holder) {
        return records.byId(id)
                .filter(c -> records.holderIndex(c.id()).equals(views.holderIndex(holder)))
                .map(views::of);
    }

    @Override
    public Optional<byte[]> pdf(UUID id) {
        return records.byId(id).map(c -> Base64.getDecoder()
                .decode(protection.decrypt(CertificateViews.PDF_CONTEXT, records.pdf(c.id()))));
    }
}
