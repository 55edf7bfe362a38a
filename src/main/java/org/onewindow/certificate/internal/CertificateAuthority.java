package org.onewindow.certificate.internal;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.identity.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The small certification authority: a platform root and one signing key per department, created
 * on first need under a PostgreSQL advisory lock so that two nodes never mint two keys for one
 * department, kept in the keystore and published in {@code certificate.ca_certificate}.
 */
@Component
class CertificateAuthority {

    private static final Logger log = LoggerFactory.getLogger(CertificateAuthority.class);
    private static final Duration BACKDATE = Duration.ofDays(1);

    /** A key that signs, with its certificate and the root above it. */
    record SigningKey(SigningAlgorithm algorithm, PrivateKey key, X509Certificate certificate, X509Certificate root,
            String sha256) {}

    private final CaKeystore keystore;
    private final CaCertificates published;
    private final CertificateProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, SigningKey> cache = new ConcurrentHashMap<>();

    CertificateAuthority(CaKeystore keystore, CaCertificates published, CertificateProperties properties,
            JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
        this.keystore = keystore;
        this.published = published;
        this.properties = properties;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates (or adopts) the root at start-up, so that it is published before anything is issued. */
    @EventListener(ApplicationReadyEvent.class)
    void createRootAtStart() {
        SigningKey root = root();
        log.info("Certificate authority ready: {} root {} in {}", root.algorithm(), root.sha256(), keystore.directory());
    }

    SigningAlgorithm algorithm() {
        return properties.algorithm();
    }

    SigningKey root() {
        return cache.computeIfAbsent(rootAlias(), alias -> obtain(alias, null, null));
    }

    /** The department's signing key, created the first time the department needs one. */
    SigningKey forDepartment(Department department) {
        SigningKey root = root();
        return cache.computeIfAbsent(departmentAlias(department.id()), alias -> obtain(alias, department, root));
    }

    /** The department's published certificate, if it has a key yet (PEM). */
    Optional<String> publishedPem(UUID departmentId) {
        return published.byAlias(departmentAlias(departmentId)).map(CaCertificates.Published::pem);
    }

    String rootPem() {
        return X509.pem(root().certificate());
    }

    /** Any certificate this CA ever published, by fingerprint, to check a signature made with it. */
    Optional<CaCertificates.Published> bySha256(String sha256) {
        return published.bySha256(sha256);
    }

    private String rootAlias() {
        return "root-" + properties.algorithm().tag();
    }

    private String departmentAlias(UUID departmentId) {
        return "department-" + departmentId + "-" + properties.algorithm().tag();
    }

    private SigningKey obtain(String alias, Department department, SigningKey root) {
        return ownTransaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('certificate.ca'))").query().singleRow();
            Optional<CaCertificates.Published> onRecord = published.byAlias(alias);
            Optional<CaKeystore.Entry> existing = keystore.entry(alias);
            if (existing.isPresent()) {
                String sha256 = X509.sha256(existing.get().certificate());
                if (onRecord.isPresent() && !onRecord.get().sha256().equals(sha256)) {
                    throw outOfSync(alias, "holds a different key than the one published");
                }
                if (onRecord.isEmpty()) {
                    published.insert(alias, department == null ? null : department.id(), properties.algorithm(),
                            sha256, X509.pem(existing.get().certificate()), clock.instant());
                }
                return signingKey(existing.get());
            }
            if (onRecord.isPresent()) {
                throw outOfSync(alias, "lacks the key of a published certificate");
            }
            CaKeystore.Entry created = department == null ? newRoot() : newDepartmentKey(department, root);
            keystore.add(alias, created);
            String sha256 = X509.sha256(created.certificate());
            published.insert(alias, department == null ? null : department.id(), properties.algorithm(), sha256,
                    X509.pem(created.certificate()), clock.instant());
            audit.record(AuditRecord.of(AuditEvent.KEY_GENERATED, Actor.system("certificate-authority"),
                            AuditResult.SUCCESS)
                    .withObject("ca_certificate", alias)
                    .withDetail(properties.algorithm().signatureName() + " sha256=" + sha256));
            log.info("Generated the {} signing key {} ({})", properties.algorithm(), alias, sha256);
            return signingKey(created);
        });
    }

    private CaKeystore.Entry newRoot() {
        KeyPair keys = properties.algorithm().generateKeyPair();
        Instant now = clock.instant();
        X509Certificate certificate = X509.selfSignedRoot(keys, properties.algorithm(), now.minus(BACKDATE),
                years(now, properties.rootValidityYears()));
        return new CaKeystore.Entry(keys.getPrivate(), new X509Certificate[] {certificate});
    }

    private CaKeystore.Entry newDepartmentKey(Department department, SigningKey root) {
        KeyPair keys = properties.algorithm().generateKeyPair();
        Instant now = clock.instant();
        CaKeystore.Entry issuer = new CaKeystore.Entry(root.key(), new X509Certificate[] {root.certificate()});
        X509Certificate certificate = X509.departmentCertificate(department, keys, properties.algorithm(), issuer,
                now.minus(BACKDATE), years(now, properties.departmentValidityYears()));
        return new CaKeystore.Entry(keys.getPrivate(), new X509Certificate[] {certificate, root.certificate()});
    }

    private SigningKey signingKey(CaKeystore.Entry entry) {
        X509Certificate[] chain = entry.chain();
        return new SigningKey(properties.algorithm(), entry.key(), chain[0], chain[chain.length - 1],
                X509.sha256(chain[0]));
    }

    private IllegalStateException outOfSync(String alias, String problem) {
        return new IllegalStateException("The CA keystore " + keystore.directory() + " " + problem + " for '" + alias
                + "': every node must use the same keystore (onewindow.certificates.keystore on shared storage)"
                + " or restore it from the backup");
    }

    private Instant years(Instant from, int years) {
        return ZonedDateTime.ofInstant(from, clock.getZone()).plusYears(years).toInstant();
    }
}
