package org.onewindow.certificate.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.onewindow.certificate.CertificateReuse;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Certificates;
import org.onewindow.certificate.Holder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a certificate's use as an application material in the verification record the holder reads. */
@Service
class Reusing implements CertificateReuse {

    private static final int MAX_USED_FOR = 200;

    private final Certificates certificates;
    private final Verifications verifications;
    private final Clock clock;

    Reusing(Certificates certificates, Verifications verifications, Clock clock) {
        this.certificates = certificates;
        this.verifications = verifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CertificateView recordUse(UUID certificateId, Holder holder, String usedFor) {
        if (usedFor == null || usedFor.isBlank()) {
            throw new IllegalArgumentException("usedFor is required");
        }
        CertificateView certificate = certificates.heldBy(certificateId, holder)
                .orElseThrow(() -> new CertificateException(CertificateError.CERTIFICATE_NOT_FOUND,
                        "no such certificate of this holder"));
        String text = usedFor.strip();
        verifications.record(certificate.id(), Channel.APPLICATION, Verdict.of(certificate.status()), clock.instant(),
                text.length() > MAX_USED_FOR ? text.substring(0, MAX_USED_FOR) : text);
        return certificate;
    }
}
