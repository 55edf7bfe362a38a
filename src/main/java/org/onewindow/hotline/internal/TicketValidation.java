package org.onewindow.hotline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.hotline.HotlineError;
import org.onewindow.identity.Departments;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Component;

/** Checks a new ticket field by field, so that forms can mark each field and APIs name the first problem. */
@Component
class TicketValidation {

    static final List<String> EMERGENCY_NUMBERS = List.of("110", "119", "120", "122");
    static final int MAX_DESCRIPTION = 4000;

    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final java.util.Set<String> knownDistricts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TicketValidation(DispatchCatalogue catalogue, Departments departments) {
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** The problems by field name, in form order; empty when the ticket may be taken in. */
    Map<String, HotlineError> check(NewTicket input) {
        Map<String, HotlineError> errors = new LinkedHashMap<>();
        var service = catalogue.service(input.serviceCode());
        if (service.isEmpty()) {
            errors.put("serviceCode", HotlineError.SERVICE_UNKNOWN);
        }
        if (blank(input.description()) || input.description().length() > MAX_DESCRIPTION) {
            errors.put("description", HotlineError.DESCRIPTION_REQUIRED);
        }
        boolean hasPoint = input.lat() != null && input.lng() != null
                && Math.abs(input.lat()) <= 90 && Math.abs(input.lng()) <= 180;
        if (blank(input.address()) && !hasPoint) {
            errors.put("address", HotlineError.LOCATION_REQUIRED);
        }
        if (!knownDistrict(input.district())) {
            errors.put("district", HotlineError.DISTRICT_UNKNOWN);
        }
        if (!blank(input.contactMobile()) && !MobileNumber.isValid(input.contactMobile())) {
            errors.put("contactMobile", HotlineError.CONTACT_MOBILE_INVALID);
        }
        if (input.emergencyService() != null && !EMERGENCY_NUMBERS.contains(input.emergencyService())) {
            errors.put("emergencyService", HotlineError.EMERGENCY_SERVICE_INVALID);
        }
        service.ifPresent(s -> s.attributes().forEach(attribute -> {
            if (!attribute.accepts(input.attributes().get(attribute.code()))) {
                errors.putIfAbsent("attribute_" + attribute.code(), HotlineError.ATTRIBUTE_INVALID);
            }
        }));
        return errors;
    }

    /**
     * A county-level division on record: tickets are dispatched per district. Divisions are
     * reference data that only a migration adds, so a known one is remembered (every intake asks).
     */
    boolean knownDistrict(String code) {
        if (code == null || !DivisionCode.isValid(code)
                || DivisionCode.parse(code).level() != DivisionCode.Level.COUNTY) {
            return false;
        }
        if (knownDistricts.contains(code)) {
            return true;
        }
        boolean known = departments.region(DivisionCode.parse(code)).isPresent();
        if (known) {
            knownDistricts.add(code);
        }
        return known;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
