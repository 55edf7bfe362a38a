package org.onewindow.certificate;

import java.util.Objects;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.Masking;

/**
 * Whom a certificate is issued to: a person by identity number or a business by credit code.
 *
 * @param kind person or business
 * @param identifier the canonical identity number or credit code
 * @param name the person's or business's name
 */
public record Holder(Kind kind, String identifier, String name) {

    /** The two kinds of holder. */
    public enum Kind {
        PERSON,
        BUSINESS
    }

    public Holder {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new CertificateException(CertificateError.HOLDER_INVALID, "a holder needs a name");
        }
        name = name.strip();
        identifier = switch (kind) {
            case PERSON -> new IdNumber(identifier).value();
            case BUSINESS -> new CreditCode(identifier).value();
        };
    }

    public static Holder person(IdNumber idNumber, String name) {
        return new Holder(Kind.PERSON, idNumber.value(), name);
    }

    public static Holder business(CreditCode creditCode, String name) {
        return new Holder(Kind.BUSINESS, creditCode.value(), name);
    }

    /** The identifier as verifiers see it: {@code 110105********002X} or {@code 91350100********43}. */
    public String maskedIdentifier() {
        return kind == Kind.PERSON ? new IdNumber(identifier).masked() : new CreditCode(identifier).masked();
    }

    /** The name as verifiers see it: a person's is masked (张*), a business's is public. */
    public String maskedName() {
        return kind == Kind.PERSON ? Masking.name(name) : name;
    }

    @Override
    public String toString() {
        return "Holder[" + kind + " " + maskedIdentifier() + "]";
    }
}
