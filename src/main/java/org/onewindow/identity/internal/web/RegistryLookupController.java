package org.onewindow.identity.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.internal.Registration;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.registry.Person;
import org.onewindow.registry.PopulationRegistry;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.Reader;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.IdNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A window clerk looks a person up in the population registry, for a stated purpose and only
 * within their region scope; data is masked unless the viewer may unmask it, which is audited.
 */
@Controller
class RegistryLookupController {

    private final PopulationRegistry population;
    private final IdentityAudit audit;

    RegistryLookupController(PopulationRegistry population, IdentityAudit audit) {
        this.population = population;
        this.audit = audit;
    }

    @GetMapping("/office/registry/person")
    @RequiresPermission("registry.person.read")
    String form(Model model) {
        model.addAttribute("idNumber", "");
        return "office/registry-person";
    }

    @PostMapping("/office/registry/person")
    @RequiresPermission("registry.person.read")
    String lookUp(
            @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "COUNTER_SERVICE") ReadPurpose purpose,
            @RequestParam(defaultValue = "false") boolean unmask,
            Model model) {
        OneWindowUser user = CurrentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        IdNumber id = Registration.parse(idNumber, IdNumber::parse, "idNumber", "id_number_required", errors);
        model.addAttribute("idNumber", idNumber);
        if (purpose != ReadPurpose.COUNTER_SERVICE && purpose != ReadPurpose.CASE_REVIEW) {
            errors.put("purpose", "purpose_not_allowed");
        }
        if (unmask && !user.can("personal-data.unmask")) {
            audit.denied(AuditEvent.PERMISSION_DENIED, IdentityAudit.actorOf(user), "person", null, "unmask");
            errors.put("idNumber", "unmask_not_permitted");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(errors));
            return "office/registry-person";
        }
        Optional<Person> person = population.findByIdNumber(id, new RegistryRead(
                new Reader("STAFF", user.id().toString(), user.name(), IdentityAudit.clientIp()), purpose));
        Optional<Person> inScope = person.filter(p -> user.scope().coversRegion(p.division()));
        if (inScope.isEmpty()) {
            if (person.isPresent()) {
                audit.denied(AuditEvent.PERMISSION_DENIED, IdentityAudit.actorOf(user), "person",
                        id.masked(), "outside data scope " + user.scope().region().value());
            }
            model.addAttribute("errors", new FormErrors().add("idNumber", "person_not_found_in_scope"));
            return "office/registry-person";
        }
        if (unmask) {
            audit.success(AuditEvent.PERSONAL_DATA_UNMASKED, IdentityAudit.actorOf(user), "person", id.masked(),
                    "purpose " + purpose);
        }
        model.addAttribute("person", PersonView.of(inScope.get(), unmask));
        return "office/registry-person";
    }

    /** What the page shows of a person: masked unless unmasking was asked for and allowed. */
    record PersonView(String name, String idNumber, String gender, String birthDate, String mobile, String address,
            String household, boolean unmasked) {

        static PersonView of(Person p, boolean unmask) {
            return new PersonView(
                    unmask ? p.name() : org.onewindow.shared.Masking.name(p.name()),
                    unmask ? p.idNumber().value() : p.idNumber().masked(),
                    p.gender().name(),
                    unmask ? p.birthDate().toString() : p.birthDate().getYear() + "-**-**",
                    p.mobile() == null ? "" : unmask ? p.mobile().value() : p.mobile().masked(),
                    unmask ? p.address() : org.onewindow.shared.Masking.address(p.address()),
                    p.householdNumber(),
                    unmask);
        }
    }
}
