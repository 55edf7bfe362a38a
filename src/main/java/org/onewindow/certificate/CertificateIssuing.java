package org.onewindow.certificate;

/** Issues electronic certificates; {@code casework} calls it when a case is approved. */
public interface CertificateIssuing {

    /**
     * Issues the certificate, signed by the department's key, with its JSON form and PDF.
     *
     * <p>Idempotent per case and type: asking again returns the certificate issued the first
     * time. With {@link IssueRequest#supersedes()} the earlier certificate (same holder and type)
     * becomes superseded in the same transaction.
     *
     * @throws CertificateException with a stable code when the request cannot be honoured
     */
    CertificateView issue(IssueRequest request);
}
