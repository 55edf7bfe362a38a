package org.onewindow.certificate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads certificates for other modules, e.g. to offer a valid one as an application material. */
public interface Certificates {

    Optional<CertificateView> byId(UUID id);

    /** The certificates issued for a case, newest first. */
    List<CertificateView> ofCase(UUID caseId);

    /** The holder's newest certificate of the type that is valid today, if any. */
    Optional<CertificateView> validFor(Holder holder, String certificateType);

    /**
     * The certificate if it exists and is the holder's (compared by identity number or credit code,
     * whatever its status); empty for anybody else's, so that a caller cannot tell the two apart.
     */
    Optional<CertificateView> heldBy(UUID id, Holder holder);

    /** The signed PDF as issued, for staff who review a case that uses the certificate. */
    Optional<byte[]> pdf(UUID id);
}
