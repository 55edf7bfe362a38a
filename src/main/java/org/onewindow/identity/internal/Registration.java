package org.onewindow.identity.internal;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.internal.OneTimeCodes.Check;
import org.onewindow.identity.internal.OneTimeCodes.Purpose;
import org.onewindow.identity.internal.OneTimeCodes.Sending;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.identity.internal.security.IdentityProperties;
import org.onewindow.registry.Person;
import org.onewindow.registry.PopulationRegistry;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.Reader;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.InvalidIdentifierException;
import org.onewindow.shared.MobileNumber;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen registration with identity proofing: the name and identity number must match the
 * population registry, and the code sent to the mobile number must come back. The answer is
 * the same whether or not the person already has an account.
 */
@Service
public class Registration {

    /** What the applicant typed, kept in the session between the two steps (password hashed). */
    public record Pending(String name, IdNumber idNumber, MobileNumber mobile, String passwordHash)
            implements Serializable {}

    /** The first step's outcome: field errors (field to code), or a pending registration. */
    public record Started(Map<String, String> errors, Pending pending) {}

    private final PopulationRegistry population;
    private final Citizens citizens;
    private final OneTimeCodes codes;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final RateLimiter limits;
    private final IdentityProperties properties;
    private final IdentityAudit audit;
    private final Clock clock;

    Registration(
            PopulationRegistry population,
            Citizens citizens,
            OneTimeCodes codes,
            PasswordPolicy policy,
            PasswordEncoder passwords,
            RateLimiter limits,
            IdentityProperties properties,
            IdentityAudit audit,
            Clock clock) {
        this.population = population;
        this.citizens = citizens;
        this.codes = codes;
        this.policy = policy;
        this.passwords = passwords;
        this.limits = limits;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the form, proofs against the registry and sends the code. */
    @Transactional
    public Started start(String name, String idText, String mobileText, String password, String confirm, String ip) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.put("name", "name_required");
        } else if (cleanName.length() > 50) {
            errors.put("name", "name_too_long");
        }
        IdNumber idNumber = parse(idText, text -> IdNumber.parse(text, clock), "idNumber", "id_number_required", errors);
        MobileNumber mobile = parse(mobileText, MobileNumber::parse, "mobile", "mobile_required", errors);
        policy.check(password).ifPresent(code -> errors.put("password", code));
        if (!errors.containsKey("password") && !password.equals(confirm)) {
            errors.put("confirm", "password_mismatch");
        }
        if (errors.isEmpty() && !limits.tryAcquire(
                "register-ip:" + ip, properties.registrationsPerIpPerHour(), Duration.ofHours(1))) {
            errors.put("idNumber", "rate_limited");
            audit.denied(AuditEvent.RATE_LIMITED, Actor.anonymous(), "registration", null, "registration");
        }
        if (errors.isEmpty() && !matchesRegistry(cleanName, idNumber, ip)) {
            errors.put("name", "name_id_mismatch");
        }
        if (!errors.isEmpty()) {
            audit.failure(AuditEvent.REGISTRATION_FAILED, Actor.anonymous(), "registration",
                    idNumber == null ? null : idNumber.masked(), String.join(",", errors.values()));
            return new Started(errors, null);
        }
        Sending sent = codes.send(Purpose.REGISTRATION, mobile, ip,
                "【一窗通办】您的注册验证码为 %s，5 分钟内有效。如非本人操作，请忽略。");
        if (sent != Sending.SENT) {
            return new Started(Map.of("mobile", "code_" + sent.name().toLowerCase(java.util.Locale.ROOT)), null);
        }
        return new Started(Map.of(), new Pending(cleanName, idNumber, mobile, passwords.encode(password)));
    }

    /** Checks the code and opens the account; an existing account is left as it is and told. */
    @Transactional
    public Optional<String> complete(Pending pending, String code, String ip) {
        Check check = codes.verify(Purpose.REGISTRATION, pending.mobile(), code);
        if (check != Check.VALID) {
            return Optional.of("code_" + check.name().toLowerCase(java.util.Locale.ROOT));
        }
        UUID id = UUID.randomUUID();
        boolean created = citizens.create(
                id, pending.name(), pending.idNumber(), pending.mobile(), pending.passwordHash(), clock.instant());
        if (created) {
            audit.success(AuditEvent.ACCOUNT_CREATED, Actor.citizen(id.toString(), pending.name()), "citizen",
                    id.toString(), "registered after identity proofing");
        } else {
            citizens.byIdNumber(pending.idNumber()).ifPresent(existing -> codes.sendNotice(existing.mobile(),
                    "【一窗通办】有人尝试用您的身份证号注册账户。您已有账户，如非本人操作，请留意账户安全。"));
            audit.failure(AuditEvent.REGISTRATION_FAILED, Actor.anonymous(), "citizen",
                    pending.idNumber().masked(), "already registered");
        }
        return Optional.empty();
    }

    private boolean matchesRegistry(String name, IdNumber idNumber, String ip) {
        Optional<Person> person = population.findByIdNumber(
                idNumber,
                new RegistryRead(new Reader("SYSTEM", "identity.registration", "身份核验 identity proofing", ip),
                        ReadPurpose.IDENTITY_PROOFING));
        return person.map(p -> p.name().equals(name)).orElse(false);
    }

    /** Parses a typed identifier, noting a stable error code for the field when it is blank or invalid. */
    public static <T> T parse(
            String text,
            java.util.function.Function<String, T> parser,
            String field,
            String blankCode,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, blankCode);
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidIdentifierException e) {
            errors.put(field, e.code());
            return null;
        }
    }
}
