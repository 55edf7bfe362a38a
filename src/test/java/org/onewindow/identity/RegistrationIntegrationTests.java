package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.identity.internal.Registration;
import org.onewindow.identity.internal.Registration.Started;
import org.onewindow.notification.Outbox;
import org.onewindow.registry.Person;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class RegistrationIntegrationTests {

    static final String PASSWORD = "Minjiang#2026";
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired Registration registration;
    @Autowired Citizens citizens;
    @Autowired Outbox outbox;
    @Autowired TestPeople people;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registersAPersonWhoseNameAndNumberMatchTheRegistryAndWhoReturnsTheCode() {
        Person person = people.enrolled();
        Started started = start(person, person.name());
        assertThat(started.errors()).isEmpty();

        assertThat(registration.complete(started.pending(), codeSentTo(person), "10.0.0.1")).isEmpty();

        Citizens.Citizen citizen = citizens.byIdNumber(person.idNumber()).orElseThrow();
        assertThat(citizen.name()).isEqualTo(person.name());
        assertThat(citizen.mobile()).isEqualTo(person.mobile());
        String stored = jdbc.sql("select id_number_enc from identity.citizen where id = :id")
                .param("id", citizen.id()).query(String.class).single();
        assertThat(stored).doesNotContain(person.idNumber().value()).startsWith("v1:");
    }

    @Test
    void refusesANameThatDoesNotMatchTheRegistryAndSendsNothing() {
        Person person = people.enrolled();
        Started started = start(person, person.name() + "某");
        assertThat(started.errors()).containsEntry("name", "name_id_mismatch");
        assertThat(outbox.latestTo(person.mobile().value())).isEmpty();
        assertThat(citizens.byIdNumber(person.idNumber())).isEmpty();
    }

    @Test
    void namesEveryInvalidFieldAtOnce() {
        Started started = registration.start("", "110105194912310021", "12345", "short", "other", "10.0.0.2");
        assertThat(started.errors())
                .containsEntry("name", "name_required")
                .containsEntry("idNumber", "id_number_invalid_checksum")
                .containsEntry("mobile", "mobile_invalid")
                .containsEntry("password", "password_too_short");
        assertThat(registration.start("张三", "110105194902301234", "13800001111", "P@ssw0rd", "P@ssw0rd", "10.0.0.2")
                        .errors())
                .containsEntry("idNumber", "id_number_invalid_date")
                .containsEntry("password", "password_too_common");
    }

    @Test
    void aSecondRegistrationOfTheSamePersonAnswersTheSameAndCreatesNothing() {
        Person person = people.enrolled();
        Started first = start(person, person.name());
        registration.complete(first.pending(), codeSentTo(person), "10.0.0.3");
        clock.advance(Duration.ofMinutes(2));

        Started second = start(person, person.name());
        assertThat(second.errors()).isEmpty();
        Optional<String> answer = registration.complete(second.pending(), codeSentTo(person), "10.0.0.3");

        assertThat(answer).isEmpty();
        long accounts = jdbc.sql("select count(*) from identity.citizen where name = :n and mobile_bidx = "
                        + "(select mobile_bidx from identity.citizen where id = :id)")
                .param("n", person.name())
                .param("id", citizens.byIdNumber(person.idNumber()).orElseThrow().id())
                .query(Long.class).single();
        assertThat(accounts).isEqualTo(1);
        assertThat(outbox.latestTo(person.mobile().value()).orElseThrow().body()).contains("已有账户");
    }

    @Test
    void aWrongCodeOpensNothingAndFiveWrongCodesUseTheCodeUp() {
        Person person = people.enrolled();
        Started started = start(person, person.name());
        String right = codeSentTo(person);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(registration.complete(started.pending(), wrong, "10.0.0.4")).contains("code_wrong");
        }
        assertThat(registration.complete(started.pending(), wrong, "10.0.0.4")).contains("code_too_many_tries");
        assertThat(registration.complete(started.pending(), right, "10.0.0.4")).contains("code_too_many_tries");
        assertThat(citizens.byIdNumber(person.idNumber())).isEmpty();
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        Person person = people.enrolled();
        Started started = start(person, person.name());
        String code = codeSentTo(person);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(registration.complete(started.pending(), code, "10.0.0.5")).contains("code_expired");
        assertThat(citizens.byIdNumber(person.idNumber())).isEmpty();
    }

    @Test
    void sendsAtMostOneCodeAMinuteToANumber() {
        Person person = people.enrolled();
        assertThat(start(person, person.name()).errors()).isEmpty();
        assertThat(start(person, person.name()).errors()).containsEntry("mobile", "code_too_soon");
        clock.advance(Duration.ofSeconds(61));
        assertThat(start(person, person.name()).errors()).isEmpty();
    }

    private Started start(Person person, String name) {
        return registration.start(
                name, person.idNumber().value(), person.mobile().value(), PASSWORD, PASSWORD, "10.1.0." + person.idNumber().value().substring(14));
    }

    private String codeSentTo(Person person) {
        String body = outbox.latestTo(person.mobile().value()).orElseThrow().body();
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).as("a code in: " + body).isTrue();
        return matcher.group(1);
    }
}
