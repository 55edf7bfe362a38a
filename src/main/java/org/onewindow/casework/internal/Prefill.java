package org.onewindow.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.LegalEntityRegistry;
import org.onewindow.registry.Person;
import org.onewindow.registry.PopulationRegistry;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.Reader;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.DivisionCode;
import org.springframework.stereotype.Component;

/**
 * Once-only: fills the fields the government already knows from the population and legal-entity
 * registries, each registry read at most once per form and logged with the purpose
 * "application prefill" in the data subject's access log.
 */
@Component
class Prefill {

    /** The prefilled values and the place the case belongs to (for routing by district). */
    record Prefilled(Map<String, Object> values, DivisionCode place) {}

    private final PopulationRegistry population;
    private final LegalEntityRegistry entities;

    Prefill(PopulationRegistry population, LegalEntityRegistry entities) {
        this.population = population;
        this.entities = entities;
    }

    Prefilled of(Form form, Applicant applicant) {
        RegistryRead read = new RegistryRead(
                new Reader("CITIZEN", applicant.citizen().id().toString(),
                        "本人（" + applicant.citizen().name() + "）经一窗通办自动填表", applicant.ip()),
                ReadPurpose.APPLICATION_PREFILL);
        Optional<Person> person = population.findByIdNumber(applicant.citizen().idNumber(), read);
        Optional<LegalEntity> entity = applicant.forBusiness()
                ? entities.findByCreditCode(applicant.business().creditCode(), read)
                : Optional.empty();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.prefill() == null) {
                continue;
            }
            Object value = field.prefill().startsWith("population.")
                    ? person.map(p -> fromPerson(p, field.prefill().substring("population.".length()))).orElse(null)
                    : entity.map(e -> fromEntity(e, field.prefill().substring("legalEntity.".length()))).orElse(null);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        DivisionCode place = entity.map(LegalEntity::division).or(() -> person.map(Person::division)).orElse(null);
        return new Prefilled(values, place);
    }

    private static Object fromPerson(Person p, String attribute) {
        return switch (attribute) {
            case "name" -> p.name();
            case "idNumber" -> p.idNumber().value();
            case "gender" -> p.gender().name().toLowerCase(java.util.Locale.ROOT);
            case "birthDate" -> p.birthDate().toString();
            case "mobile" -> p.mobile() == null ? null : p.mobile().value();
            case "address" -> address(p.division(), p.address());
            case "division" -> p.division().value();
            case "householdNumber" -> p.householdNumber();
            case "relationToHead" -> p.relationToHead();
            case "maritalStatus" -> p.maritalStatus().name().toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    private static Object fromEntity(LegalEntity e, String attribute) {
        return switch (attribute) {
            case "creditCode" -> e.creditCode().value();
            case "name" -> e.name();
            case "type" -> e.type();
            case "legalRepresentative" -> e.legalRepresentative().value();
            case "legalRepresentativeName" -> e.legalRepresentativeName();
            case "address" -> address(e.division(), e.address());
            case "division" -> e.division().value();
            case "registeredCapital" -> e.registeredCapital();
            case "establishedOn" -> e.establishedOn().toString();
            case "status" -> e.status();
            default -> null;
        };
    }

    private static Map<String, Object> address(DivisionCode division, String detail) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("division", division.value());
        address.put("detail", detail);
        return address;
    }
}
