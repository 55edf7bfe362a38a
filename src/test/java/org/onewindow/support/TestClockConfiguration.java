package org.onewindow.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test beans: a clock tests can move forward (no sleeping), fresh registry people and staff. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    TestPeople testPeople(org.onewindow.registry.RegistryEnrolment enrolment) {
        return new TestPeople(enrolment);
    }

    @Bean
    TestStaff testStaff(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.onewindow.identity.internal.StaffAccounts accounts,
            org.onewindow.identity.internal.StaffLogin login,
            org.springframework.security.crypto.password.PasswordEncoder passwords,
            java.time.Clock clock) {
        return new TestStaff(jdbc, accounts, login, passwords, clock);
    }

    @Bean
    TestCitizens testCitizens(
            org.onewindow.identity.internal.Citizens citizens,
            org.springframework.security.crypto.password.PasswordEncoder passwords,
            java.time.Clock clock) {
        return new TestCitizens(citizens, passwords, clock);
    }

    @Bean
    TestApplications testApplications(
            TestPeople people, TestCitizens citizens, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new TestApplications(people, citizens, jdbc);
    }

    @Bean
    TestDesk testDesk(
            TestApplications applications,
            org.onewindow.workflow.TaskDesk desk,
            org.onewindow.workflow.Workflows workflows,
            org.onewindow.identity.Departments departments) {
        return new TestDesk(applications, desk, workflows, departments);
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
