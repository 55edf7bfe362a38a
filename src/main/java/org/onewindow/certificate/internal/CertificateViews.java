package org.onewindow.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Holder;
import org.onewindow.platform.PersonalDataProtection;
import org.springframework.stereotype.Component;

/** Turns stored rows into views: decrypts what the view shows and masks the holder's identifier. */
@Component
class CertificateViews {

    static final String HOLDER_CONTEXT = "certificate.certificate.holder_identifier";
    static final String DOCUMENT_CONTEXT = "certificate.certificate.document";
    static final String PDF_CONTEXT = "certificate.certificate.pdf";

    private final PersonalDataProtection protection;
    private final CertificateDocuments documents;
    private final Clock clock;

    CertificateViews(PersonalDataProtection protection, CertificateDocuments documents, Clock clock) {
        this.protection = protection;
        this.documents = documents;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(org.onewindow.shared.ChinaTime.ZONE));
    }

    Holder holder(StoredCertificate c) {
        return new Holder(c.holderKind(), protection.decrypt(HOLDER_CONTEXT, c.holderIdentifier()), c.holderName());
    }

    String file(StoredCertificate c) {
        return protection.decrypt(DOCUMENT_CONTEXT, c.document());
    }

    CertificateView of(StoredCertificate c) {
        Holder holder = holder(c);
        return new CertificateView(c.id(), c.number(), c.type(), c.typeName(), c.holderKind(), c.holderName(),
                holder.maskedIdentifier(), documents.fields(file(c)), c.validFrom(), c.validUntil(), c.departmentId(),
                c.caseId(), c.status(today()), c.issuedAt(), c.revokedAt(), c.revocationReason(), c.supersededBy());
    }

    /** The holder's blind index: the shared {@code id_number} index for people, {@code credit_code} for businesses. */
    String holderIndex(Holder holder) {
        return holderIndex(holder.kind(), holder.identifier());
    }

    String holderIndex(Holder.Kind kind, String identifier) {
        return protection.blindIndex(kind == Holder.Kind.PERSON ? "id_number" : "credit_code", identifier);
    }

    /** The keyed hash that binds a verification code to its number. */
    String codeHash(String number, String code) {
        return protection.blindIndex("certificate_verification_code", number + ":" + code);
    }
}
