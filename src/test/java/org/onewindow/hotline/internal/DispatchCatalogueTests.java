package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.DepartmentFunction;

class DispatchCatalogueTests {

    private static final String HEAD = """
            signFor: {amount: 2, unit: CLOCK_HOURS}
            deadlineClasses:
              EMERGENCY: {amount: 2, unit: CLOCK_HOURS}
              GENERAL: {amount: 7, unit: CALENDAR_DAYS}
            areas:
              URBAN_MANAGEMENT: {name: 城市管理, nameEn: Urban management}
            """;

    @Test
    void theShippedCatalogueCoversEveryCategoryWithTheStandardDeadlines() {
        DispatchCatalogue catalogue = new DispatchCatalogue();

        assertThat(catalogue.services()).extracting(HotlineService::category).contains(TicketCategory.values());
        assertThat(catalogue.signFor()).isEqualTo(TimeLimit.clockHours(2));
        assertThat(catalogue.deadlineClasses()).containsEntry("EMERGENCY", TimeLimit.clockHours(2))
                .containsEntry("UTILITIES", TimeLimit.clockHours(24))
                .containsEntry("GENERAL", TimeLimit.calendarDays(7))
                .containsEntry("COMPLEX", TimeLimit.calendarDays(15))
                .containsEntry("OFFICE", TimeLimit.workingDays(5));
        HotlineService light = catalogue.service("urban-streetlight").orElseThrow();
        assertThat(light.function()).isEqualTo(DepartmentFunction.URBAN_MANAGEMENT);
        assertThat(light.replyLimit().unit()).isEqualTo(LimitUnit.CALENDAR_DAYS);
        assertThat(catalogue.service("housing-water-outage").orElseThrow().replyLimit())
                .isEqualTo(TimeLimit.clockHours(24));
        assertThat(catalogue.service("social-insurance").orElseThrow().replyLimit()).isEqualTo(TimeLimit.workingDays(5));
    }

    @Test
    void readsAServiceWithAListAttribute() {
        DispatchCatalogue catalogue = parse(HEAD + """
                services:
                  - {code: env-noise, name: 噪声, nameEn: Noise, category: COMPLAINT, area: URBAN_MANAGEMENT,
                     function: URBAN_MANAGEMENT, deadline: GENERAL,
                     attributes: [{code: noise_time, description: 时段, descriptionEn: When,
                                   datatype: singlevaluelist, required: true, values: {DAY: 白天, NIGHT: 夜间}}]}
                """);

        ServiceAttribute attribute = catalogue.service("env-noise").orElseThrow().attributes().getFirst();
        assertThat(attribute.accepts("NIGHT")).isTrue();
        assertThat(attribute.accepts("EVENING")).isFalse();
        assertThat(attribute.accepts("")).isFalse();
    }

    @Test
    void refusesAnUnknownDeadlineClass() {
        assertThatThrownBy(() -> parse(HEAD + """
                services:
                  - {code: a-b, name: 甲, nameEn: A, category: COMPLAINT, area: URBAN_MANAGEMENT,
                     function: URBAN_MANAGEMENT, deadline: SLOW}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("services.a-b.deadline");
    }

    @Test
    void refusesAnUnknownDepartmentFunction() {
        assertThatThrownBy(() -> parse(HEAD + """
                services:
                  - {code: a-b, name: 甲, nameEn: A, category: COMPLAINT, area: URBAN_MANAGEMENT,
                     function: WEATHER, deadline: GENERAL}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("services.a-b.function");
    }

    @Test
    void refusesADuplicateCodeAndANonPositiveLimit() {
        String service = """
                  - {code: a-b, name: 甲, nameEn: A, category: PRAISE, area: URBAN_MANAGEMENT,
                     function: URBAN_MANAGEMENT, deadline: GENERAL}
                """;
        assertThatThrownBy(() -> parse(HEAD + "services:\n" + service + service))
                .hasMessageContaining("code used twice");
        assertThatThrownBy(() -> parse(HEAD.replace("amount: 7", "amount: 0") + "services:\n" + service))
                .hasMessageContaining("deadlineClasses.GENERAL.amount");
    }

    private static DispatchCatalogue parse(String yaml) {
        return DispatchCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
