package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.ServiceItem;

class CatalogContentTests {

    private final CatalogData data = CatalogLoader.load(CatalogConfiguration.sources());

    @Test
    void loadsAtLeastTwentyItemsAcrossAtLeastEightDepartments() {
        assertThat(data.items()).hasSizeGreaterThanOrEqualTo(20);
        Set<String> departments = data.items().stream()
                .flatMap(item -> data.departments().stream().filter(d -> item.department().byFunction()
                        ? d.function() == item.department().function()
                        : d.code().equals(item.department().code())).limit(1))
                .map(CatalogDepartment::function)
                .map(Enum::name)
                .collect(Collectors.toSet());
        assertThat(departments).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void coversCitizensAndBusinesses() {
        assertThat(data.items()).anyMatch(i -> i.isFor(Audience.CITIZEN)).anyMatch(i -> i.isFor(Audience.BUSINESS));
    }

    @Test
    void hasTheThreeRequiredBundlesWithMergedForms() {
        assertThat(data.bundles()).extracting(Bundle::code).contains("newborn", "business-start", "retirement");
        Bundle newborn = data.bundles().stream().filter(b -> b.code().equals("newborn")).findFirst().orElseThrow();
        assertThat(newborn.itemCodes()).containsExactly("birth-medical-certificate", "birth-registration",
                "resident-medical-insurance", "social-security-card");
        long asked = newborn.form().fields().stream().filter(f -> f.name().equals("personName")).count();
        assertThat(asked).isEqualTo(1);
        assertThat(newborn.form().field("personIdNumber")).isEmpty();
        assertThat(newborn.fieldsByItem().get("social-security-card")).contains("applicantName", "personName");
    }

    @Test
    void theJointItemIsReviewedInParallelByFourDepartments() {
        ServiceItem establishment = data.items().stream()
                .filter(i -> i.code().equals("business-establishment")).findFirst().orElseThrow();
        assertThat(establishment.processing().joint()).isTrue();
        assertThat(establishment.processing().parallelReview()).hasSize(4);
        assertThat(establishment.processing().workflow()).isEqualTo("joint-review");
        assertThat(establishment.result().certificateType()).isEqualTo("business_licence");
        assertThat(establishment.maxVisits()).isZero();
        assertThat(establishment.form().size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theFoodLicenceTakesTheElectronicBusinessLicenceInsteadOfAnUpload() {
        ServiceItem food = data.items().stream()
                .filter(i -> i.code().equals("food-business-licence")).findFirst().orElseThrow();
        var licence = food.materials().stream().filter(m -> m.code().equals("business_licence")).findFirst().orElseThrow();
        assertThat(licence.certificateType()).isEqualTo("business_licence");
        assertThat(food.form().fields()).anyMatch(f -> "business_licence".equals(f.material()));
        assertThat(data.items().stream().flatMap(i -> i.materials().stream())
                .filter(m -> m.satisfiedByCertificate()).map(m -> m.certificateType()).distinct())
                .contains("business_licence", "birth_medical_certificate");
    }

    @Test
    void everySynonymExpansionNamesAnItemOrABundle() {
        Set<String> names = data.items().stream().map(ServiceItem::name).collect(Collectors.toSet());
        data.bundles().forEach(b -> names.add(b.name()));
        assertThat(data.synonyms()).allSatisfy(rule -> assertThat(names).containsAll(rule.expansions()));
    }
}
