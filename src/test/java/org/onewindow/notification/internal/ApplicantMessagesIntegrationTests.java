package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.notification.internal.ApplicantMessages.AboutCase;
import org.onewindow.notification.internal.Inbox.Letter;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages sent together (a batch of deliveries): each reaches its applicant's inbox once and by
 * text once, a message about a case that does not exist is dropped, and sending the batch again
 * (a redelivery) sends nothing.
 */
@OneWindowIntegrationTest
class ApplicantMessagesIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired ApplicantMessages messages;
    @Autowired Cases cases;
    @Autowired CitizenDirectory citizens;
    @Autowired DemoIdentityData directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void messagesSentTogetherReachEachApplicantOnceAndNoneForACaseThatDoesNotExist() {
        UUID first = applications.unemploymentRegistration(port);
        UUID second = applications.businessEstablishment(port);
        UUID missing = UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        UUID stranger = UUID.randomUUID();

        List<AboutCase> batch = List.of(about(first, run), about(missing, run), about(second, run), about(first, run));
        List<Letter> letters = List.of(new Letter(stranger, "test:" + run, "标题", "无账户 " + run, null));
        transactions.executeWithoutResult(status -> messages.send(letters, batch));

        assertThat(inbox(run)).containsExactlyInAnyOrder("test:" + first, "test:" + second, "test:" + run);
        // A text to each applicant, to the mobile number of the account; none for the letter to no account.
        UUID applicant = cases.summary(first).orElseThrow().applicantId();
        String mobile = citizens.mobile(applicant).orElseThrow().value();
        assertThat(texts(run)).extracting(Text::body)
                .containsExactlyInAnyOrder("【一窗通办】关于 " + first + " " + run, "【一窗通办】关于 " + second + " " + run);
        assertThat(texts(run)).filteredOn(text -> text.body().contains(first.toString()))
                .extracting(Text::recipient).containsExactly(mobile.substring(0, 3) + "****" + mobile.substring(7));

        transactions.executeWithoutResult(status -> messages.send(letters, batch));
        assertThat(inbox(run)).hasSize(3);
        assertThat(texts(run)).hasSize(2);
    }

    @Test
    void casesAndMobileNumbersAreReadTogetherForThoseThatExist() {
        UUID first = applications.unemploymentRegistration(port);
        UUID second = applications.businessEstablishment(port);
        UUID missing = UUID.randomUUID();

        assertThat(cases.summaries(List.of(first, second, missing)))
                .containsOnlyKeys(first, second)
                .containsEntry(first, cases.summary(first).orElseThrow());
        assertThat(cases.summaries(List.of())).isEmpty();

        UUID applicant = cases.summary(first).orElseThrow().applicantId();
        assertThat(citizens.mobiles(List.of(applicant, UUID.randomUUID())))
                .containsOnlyKeys(applicant)
                .containsEntry(applicant, citizens.mobile(applicant).orElseThrow());
    }

    private static AboutCase about(UUID caseId, String run) {
        return new AboutCase(caseId, (CaseSummary c) -> Optional.of(
                ApplicantMessages.about(c, "test:" + c.caseId(), "测试", "关于 " + c.caseId() + " " + run)));
    }

    private List<String> inbox(String run) {
        return jdbc.sql("select ref from notification.inbox where body like :run")
                .param("run", "%" + run).query(String.class).list();
    }

    private List<Text> texts(String run) {
        return jdbc.sql("select body, recipient_masked from notification.outbox where body like :run")
                .param("run", "%" + run)
                .query((rs, n) -> new Text(rs.getString(1), rs.getString(2)))
                .list();
    }

    private record Text(String body, String recipient) {}
}
