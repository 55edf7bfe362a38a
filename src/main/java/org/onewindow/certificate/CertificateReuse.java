package org.onewindow.certificate;

import java.util.UUID;

/**
 * Records that a holder's certificate stood in for an application material (免提交): {@code casework}
 * checks it with {@link Certificates#heldBy} when the application is submitted and then records the
 * use here, so that the holder sees in the wallet, as with every other verification, when and for
 * which application their certificate was used.
 */
public interface CertificateReuse {

    /**
     * Records the use as a verification through the {@code APPLICATION} channel, in the caller's
     * transaction, with the certificate's status at this moment as the result.
     *
     * @param certificateId the certificate used
     * @param holder the applicant, who must hold it
     * @param usedFor what it was used for, shown to the holder, e.g. {@code 食品经营许可 2026-0101-000123}
     * @return the certificate as it was verified
     * @throws CertificateException {@link CertificateError#CERTIFICATE_NOT_FOUND} if it is not the holder's
     */
    CertificateView recordUse(UUID certificateId, Holder holder, String usedFor);
}
