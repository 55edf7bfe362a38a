package org.onewindow.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Standard PDF signatures ({@code adbe.pkcs7.detached}): a CMS SignedData over the file's byte
 * range, made and checked with BouncyCastle so that SM2 works as well as ECDSA.
 */
final class PdfSignatures {

    private static final int SIGNATURE_SPACE = 12_000;

    private PdfSignatures() {}

    /** What the signer states in the signature dictionary. */
    record SignerInfo(String name, String reason, String location, Instant at) {}

    /** Adds an invisible signature by the key as an incremental update of the PDF. */
    static byte[] sign(byte[] pdf, CertificateAuthority.SigningKey key, SignerInfo info) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(info.name());
            signature.setReason(info.reason());
            signature.setLocation(info.location());
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
            when.setTimeInMillis(info.at().toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 3);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate PDF", e);
        }
    }

    private static byte[] cms(byte[] content, CertificateAuthority.SigningKey key) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
                    .build(new JcaContentSignerBuilder(key.algorithm().signatureName())
                            .setProvider(BouncyCastle.PROVIDER)
                            .build(key.key()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate(), key.root())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot create the CMS signature", e);
        }
    }

    /** The CMS in the signature's contents, without the zero padding after it (BouncyCastle refuses extra data). */
    private static ContentInfo contentInfo(PDSignature signature) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** What a PDF's last signature says about the file. */
    sealed interface Check {

        /** The signature covers the whole file and matches it; the signer's certificate is given. */
        record Intact(X509Certificate signer, String number) implements Check {}

        /** No signature, a signature that leaves part of the file uncovered, or one that does not match. */
        record Broken(String reason) implements Check {}
    }

    /**
     * Checks the last signature of the file: it must cover every byte but its own contents, and
     * its CMS must verify with the certificate it carries; whether that certificate is one of
     * ours is the caller's question.
     */
    static Check check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Check.Broken("pdf_unsigned");
            }
            PDSignature signature = signatures.getLast();
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return new Check.Broken("pdf_changed_after_signing");
            }
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo(signature));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Check.Broken("pdf_signers_unexpected");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches =
                    cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            Optional<X509CertificateHolder> holder = matches.stream().findFirst();
            if (holder.isEmpty()) {
                return new Check.Broken("pdf_signer_certificate_missing");
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(holder.get());
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(certificate));
            if (!valid) {
                return new Check.Broken("pdf_signature_invalid");
            }
            String number = document.getDocumentInformation().getCustomMetadataValue(CertificatePdf.NUMBER_KEY);
            return new Check.Intact(certificate, number);
        } catch (CMSException e) {
            // CMSSignerDigestMismatchException above all: the signed bytes were changed.
            return new Check.Broken("pdf_digest_mismatch");
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return new Check.Broken("pdf_unreadable");
        }
    }
}
