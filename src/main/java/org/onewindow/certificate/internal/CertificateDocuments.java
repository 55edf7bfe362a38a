package org.onewindow.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.certificate.Holder;
import org.onewindow.identity.Department;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a certificate: a {@code certificate} object, canonicalised with JCS and signed,
 * and a {@code signature} object beside it. The certificate object holds only strings, nulls and
 * objects, so that any JSON library that sorts keys reproduces the signed bytes.
 */
@Component
class CertificateDocuments {

    static final String FORMAT = "onewindow-certificate/1";

    /** I-JSON as RFC 8785 requires: a name twice in one object is refused, not silently merged. */
    private final JsonMapper strict = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** What the issuer states about the certificate. */
    record Statement(String number, CertificateTypes.Type type, Holder holder, Map<String, String> fields,
            LocalDate validFrom, LocalDate validUntil, Department department, Instant issuedAt,
            String verificationUrl, String supersedes) {}

    Map<String, Object> certificate(Statement s) {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("kind", s.holder().kind().name());
        holder.put("identifier", s.holder().identifier());
        holder.put("name", s.holder().name());
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("department", s.department().code());
        issuer.put("name", s.department().name());
        issuer.put("creditCode", s.department().creditCode() == null ? null : s.department().creditCode().value());
        Map<String, Object> certificate = new LinkedHashMap<>();
        certificate.put("format", FORMAT);
        certificate.put("number", s.number());
        certificate.put("type", s.type().code());
        certificate.put("typeName", s.type().name());
        certificate.put("holder", holder);
        certificate.put("fields", new LinkedHashMap<String, Object>(s.fields()));
        certificate.put("validFrom", s.validFrom().toString());
        certificate.put("validUntil", s.validUntil() == null ? null : s.validUntil().toString());
        certificate.put("issuer", issuer);
        certificate.put("issuedAt", s.issuedAt().toString());
        certificate.put("verificationUrl", s.verificationUrl());
        certificate.put("supersedes", s.supersedes());
        return certificate;
    }

    /** The downloadable file: the certificate and its signature, itself in canonical form. */
    String file(Map<String, Object> certificate, CertificateAuthority.SigningKey key, String signature,
            String departmentCode, String signerCertificateUrl) {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("algorithm", key.algorithm().signatureName());
        signed.put("canonicalization", "RFC 8785 (JCS) of the certificate member");
        signed.put("signer", departmentCode);
        signed.put("signerCertificate", signerCertificateUrl);
        signed.put("signerSha256", key.sha256());
        signed.put("value", signature);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("certificate", certificate);
        file.put("signature", signed);
        return Jcs.canonicalize(file);
    }

    /** A JSON file as uploaded: its certificate object and what its signature object says. */
    record Parsed(Map<String, Object> certificate, String algorithm, String signerSha256, String value) {

        String number() {
            return certificate.get("number") instanceof String number ? number : null;
        }

        byte[] canonicalCertificate() {
            return Jcs.canonicalBytes(certificate);
        }
    }

    /** Reads a JSON file; empty if it is not JSON or lacks a part a signed certificate has. */
    Optional<Parsed> parse(byte[] json) {
        try {
            Object root = strict.readValue(new String(json, StandardCharsets.UTF_8), Object.class);
            if (root instanceof Map<?, ?> file
                    && file.get("certificate") instanceof Map<?, ?> certificate
                    && file.get("signature") instanceof Map<?, ?> signature
                    && signature.get("algorithm") instanceof String algorithm
                    && signature.get("signerSha256") instanceof String sha256
                    && signature.get("value") instanceof String value) {
                @SuppressWarnings("unchecked")
                Map<String, Object> members = (Map<String, Object>) certificate;
                return Optional.of(new Parsed(members, algorithm, sha256, value));
            }
            return Optional.empty();
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The fields of a stored file (which we wrote, so its shape is known). */
    @SuppressWarnings("unchecked")
    Map<String, String> fields(String file) {
        Map<String, Object> root = strict.readValue(file, Map.class);
        Map<String, Object> certificate = (Map<String, Object>) root.get("certificate");
        Map<String, String> fields = new LinkedHashMap<>();
        ((Map<String, Object>) certificate.get("fields")).forEach((k, v) -> fields.put(k, String.valueOf(v)));
        return fields;
    }
}
