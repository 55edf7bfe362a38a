package org.onewindow.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.InvalidIdentifierException;
import org.onewindow.shared.MobileNumber;

/** Checks one non-blank value against its field's type and limits; returns the canonical value or null. */
final class FieldChecks {

    static final int MAX_ROWS = 50;
    private static final int MAX_TEXT = 200;
    private static final int MAX_TEXTAREA = 2000;
    private static final int MAX_FILES = 10;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final Clock clock;
    private final LocalDate today;

    FieldChecks(Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    Object check(FormField field, Object raw, String path, List<FieldError> errors) {
        Object value = switch (field.type()) {
            case TEXT -> text(field, raw, MAX_TEXT);
            case TEXTAREA -> text(field, raw, MAX_TEXTAREA);
            case NUMBER -> number(field, raw);
            case DATE -> date(field, raw);
            case CHOICE -> choice(field, raw);
            case MULTI_CHOICE -> multiChoice(field, raw);
            case ID_NUMBER -> identifier(raw, s -> IdNumber.parse(s, clock).value());
            case CREDIT_CODE -> identifier(raw, s -> CreditCode.parse(s).value());
            case MOBILE -> identifier(raw, s -> MobileNumber.parse(s).value());
            case ADDRESS -> address(field, raw, path, errors);
            case ATTACHMENT -> attachments(field, raw);
            case GROUP -> throw new IllegalArgumentException("groups are validated row by row");
        };
        if (value instanceof Rejected(String code)) {
            errors.add(new FieldError(path, code));
            return null;
        }
        return value;
    }

    /** A rejected value and why. */
    private record Rejected(String code) {}

    private static final Rejected TYPE_INVALID = new Rejected("field_type_invalid");

    private Object text(FormField field, Object raw, int defaultMax) {
        if (!(raw instanceof CharSequence chars)) {
            return TYPE_INVALID;
        }
        String text = chars.toString().strip();
        FieldLimits limits = field.limits();
        int length = text.codePointCount(0, text.length());
        if (length > (limits.maxLength() == null ? defaultMax : limits.maxLength())) {
            return new Rejected("field_too_long");
        }
        if (limits.minLength() != null && length < limits.minLength()) {
            return new Rejected("field_too_short");
        }
        if (limits.pattern() != null && !pattern(limits.pattern()).matcher(text).matches()) {
            return new Rejected("pattern_mismatch");
        }
        return text;
    }

    private static Object number(FormField field, Object raw) {
        BigDecimal number;
        try {
            number = switch (raw) {
                case BigDecimal decimal -> decimal;
                case Number other -> new BigDecimal(other.toString());
                case CharSequence text -> new BigDecimal(text.toString().strip());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return new Rejected("number_invalid");
        }
        if (number == null) {
            return TYPE_INVALID;
        }
        FieldLimits limits = field.limits();
        if ((limits.min() != null && number.compareTo(limits.min()) < 0)
                || (limits.max() != null && number.compareTo(limits.max()) > 0)) {
            return new Rejected("number_out_of_range");
        }
        return number;
    }

    private Object date(FormField field, Object raw) {
        LocalDate date;
        try {
            date = switch (raw) {
                case LocalDate local -> local;
                case CharSequence text -> LocalDate.parse(text.toString().strip());
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return new Rejected("date_invalid");
        }
        if (date == null) {
            return TYPE_INVALID;
        }
        FieldLimits limits = field.limits();
        if ((limits.earliest() != null && date.isBefore(limits.earliest().resolve(today)))
                || (limits.latest() != null && date.isAfter(limits.latest().resolve(today)))) {
            return new Rejected("date_out_of_range");
        }
        return date.toString();
    }

    private static Object choice(FormField field, Object raw) {
        if (!(raw instanceof CharSequence chars)) {
            return TYPE_INVALID;
        }
        String value = chars.toString().strip();
        return isChoice(field, value) ? value : new Rejected("choice_invalid");
    }

    private static Object multiChoice(FormField field, Object raw) {
        Collection<?> given = raw instanceof Collection<?> list ? list : List.of(raw);
        Set<String> values = new LinkedHashSet<>();
        for (Object one : given) {
            if (Blank.is(one)) {
                continue;
            }
            if (!(one instanceof CharSequence chars)) {
                return TYPE_INVALID;
            }
            String value = chars.toString().strip();
            if (!isChoice(field, value)) {
                return new Rejected("choice_invalid");
            }
            values.add(value);
        }
        return counted(field, List.copyOf(values), "too_few_items", "too_many_items", Integer.MAX_VALUE);
    }

    private static Object identifier(Object raw, Function<String, String> parse) {
        if (!(raw instanceof CharSequence chars)) {
            return TYPE_INVALID;
        }
        try {
            return parse.apply(chars.toString());
        } catch (InvalidIdentifierException e) {
            return new Rejected(e.code());
        }
    }

    private static Object address(FormField field, Object raw, String path, List<FieldError> errors) {
        if (!(raw instanceof Map<?, ?> parts)) {
            return TYPE_INVALID;
        }
        Object division = parts.get("division");
        Object detail = parts.get("detail");
        int before = errors.size();
        String code = null;
        if (Blank.is(division)) {
            errors.add(new FieldError(path + ".division", "field_required"));
        } else if (!(division instanceof CharSequence divisionText)) {
            errors.add(new FieldError(path + ".division", "field_type_invalid"));
        } else {
            try {
                code = DivisionCode.parse(divisionText.toString()).value();
            } catch (InvalidIdentifierException e) {
                errors.add(new FieldError(path + ".division", e.code()));
            }
        }
        String street = null;
        if (Blank.is(detail)) {
            errors.add(new FieldError(path + ".detail", "field_required"));
        } else if (!(detail instanceof CharSequence detailText)) {
            errors.add(new FieldError(path + ".detail", "field_type_invalid"));
        } else {
            street = detailText.toString().strip();
            Integer max = field.limits().maxLength();
            if (street.codePointCount(0, street.length()) > (max == null ? MAX_TEXT : max)) {
                errors.add(new FieldError(path + ".detail", "field_too_long"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("division", code);
        address.put("detail", street);
        return address;
    }

    private static Object attachments(FormField field, Object raw) {
        Collection<?> given = raw instanceof Collection<?> list ? list : List.of(raw);
        List<String> ids = new ArrayList<>();
        for (Object one : given) {
            if (Blank.is(one)) {
                continue;
            }
            if (!(one instanceof CharSequence chars)) {
                return TYPE_INVALID;
            }
            ids.add(chars.toString().strip());
        }
        return counted(field, List.copyOf(ids), "too_few_files", "too_many_files", MAX_FILES);
    }

    private static Object counted(FormField field, List<String> values, String tooFew, String tooMany, int defaultMax) {
        FieldLimits limits = field.limits();
        if (limits.minItems() != null && values.size() < limits.minItems()) {
            return new Rejected(tooFew);
        }
        if (values.size() > (limits.maxItems() == null ? defaultMax : limits.maxItems())) {
            return new Rejected(tooMany);
        }
        return values;
    }

    private static boolean isChoice(FormField field, String value) {
        return field.choices().stream().anyMatch(c -> c.value().equals(value));
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }
}
