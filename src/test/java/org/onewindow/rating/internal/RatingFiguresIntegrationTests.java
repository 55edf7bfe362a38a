package org.onewindow.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.rating.FiguresQuery;
import org.onewindow.rating.RatingFigures;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.RatingPeriod;
import org.onewindow.rating.SatisfactionFigures;
import org.onewindow.rating.SubjectKind;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.DivisionCode;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RatingFigures} against a small data set computed by hand, for a department of its own
 * (a fresh id, so that no other test's ratings count).
 *
 * <p>March 2026, department D: item A rated 5, 5, 4, 3, 1, 2; item B rated 2, 4; hotline service
 * S rated 5, 4 and 1 (not solved). Outside March: a 5 at 2026-02-28 23:59 and a 1 at 2026-04-01
 * 00:00 China time. Rectifications: A's 1 replied on 03-12 (on time), B's 2 replied in May
 * (late), A's 2 still open and overdue in May, S's 1 none (the hotline reopens it), the April 1
 * one open but outside March.
 *
 * <pre>
 * all of March:  5:3 4:3 3:1 2:2 1:2 = 11; satisfied 6/11 = 0.5455; poor 4
 *                rectifications opened 3, on time 1, late 1, open 1, overdue 1; on time 1/3 = 0.3333
 * item A:        5:2 4:1 3:1 2:1 1:1 = 6; satisfied 3/6 = 0.5000; poor 2; opened 2, on time 1, open 1
 * tickets only:  5:1 4:1 1:1 = 3; satisfied 2/3 = 0.6667; poor 1; opened 0
 * </pre>
 */
@OneWindowIntegrationTest
class RatingFiguresIntegrationTests {

    private static final RatingPeriod MARCH = RatingPeriod.month(YearMonth.of(2026, 3));

    @Autowired RatingRecords ratings;
    @Autowired OpeningRectifications opening;
    @Autowired ReplyingToRectifications replying;
    @Autowired RectificationRecords rectifications;
    @Autowired RatingFigures figures;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void figuresOfADepartmentItemAndKindMatchTheHandComputedDataSet() {
        UUID department = UUID.randomUUID();
        moveClockTo(at(2026, 3, 10, 9, 0));
        rate(department, SubjectKind.CASE, "item-a", 5, null, at(2026, 3, 1, 0, 0));
        rate(department, SubjectKind.CASE, "item-a", 5, null, at(2026, 3, 2, 10, 0));
        rate(department, SubjectKind.CASE, "item-a", 4, null, at(2026, 3, 3, 10, 0));
        rate(department, SubjectKind.CASE, "item-a", 3, null, at(2026, 3, 4, 10, 0));
        Rating aOne = rate(department, SubjectKind.CASE, "item-a", 1, null, at(2026, 3, 5, 10, 0));
        rate(department, SubjectKind.CASE, "item-a", 2, null, at(2026, 3, 6, 10, 0));
        Rating bTwo = rate(department, SubjectKind.CASE, "item-b", 2, null, at(2026, 3, 6, 11, 0));
        rate(department, SubjectKind.CASE, "item-b", 4, null, at(2026, 3, 7, 10, 0));
        rate(department, SubjectKind.TICKET, "service-s", 5, true, at(2026, 3, 8, 10, 0));
        rate(department, SubjectKind.TICKET, "service-s", 4, true, at(2026, 3, 8, 11, 0));
        rate(department, SubjectKind.TICKET, "service-s", 1, false, at(2026, 3, 9, 10, 0));
        rate(department, SubjectKind.CASE, "item-a", 5, null, at(2026, 2, 28, 23, 59));

        moveClockTo(at(2026, 3, 12, 15, 0));
        reply(department, aOne);
        moveClockTo(at(2026, 5, 6, 10, 0));
        rate(department, SubjectKind.CASE, "item-a", 1, null, at(2026, 4, 1, 0, 0));
        reply(department, bTwo);

        SatisfactionFigures all = figures.of(FiguresQuery.of(department, MARCH));
        assertThat(all.perLevel()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                RatingLevel.VERY_SATISFIED, 3L, RatingLevel.SATISFIED, 3L, RatingLevel.FAIRLY_SATISFIED, 1L,
                RatingLevel.DISSATISFIED, 2L, RatingLevel.VERY_DISSATISFIED, 2L));
        assertThat(all.total()).isEqualTo(11);
        assertThat(all.satisfiedShare()).contains(new BigDecimal("0.5455"));
        assertThat(all.poor()).isEqualTo(4);
        assertThat(all.rectificationsOpened()).isEqualTo(3);
        assertThat(all.rectificationsClosedOnTime()).isEqualTo(1);
        assertThat(all.rectificationsClosedLate()).isEqualTo(1);
        assertThat(all.rectificationsOpen()).isEqualTo(1);
        assertThat(all.rectificationsOverdue()).isEqualTo(1);
        assertThat(all.rectifiedOnTimeShare()).contains(new BigDecimal("0.3333"));

        SatisfactionFigures itemA = figures.of(FiguresQuery.of(department, MARCH).item("item-a"));
        assertThat(itemA.total()).isEqualTo(6);
        assertThat(itemA.count(RatingLevel.VERY_SATISFIED)).isEqualTo(2);
        assertThat(itemA.satisfiedShare()).contains(new BigDecimal("0.5000"));
        assertThat(itemA.poor()).isEqualTo(2);
        assertThat(itemA.rectificationsOpened()).isEqualTo(2);
        assertThat(itemA.rectificationsClosedOnTime()).isEqualTo(1);
        assertThat(itemA.rectificationsClosedLate()).isZero();
        assertThat(itemA.rectificationsOpen()).isEqualTo(1);

        SatisfactionFigures tickets = figures.of(FiguresQuery.of(department, MARCH).kind(SubjectKind.TICKET));
        assertThat(tickets.total()).isEqualTo(3);
        assertThat(tickets.satisfiedShare()).contains(new BigDecimal("0.6667"));
        assertThat(tickets.poor()).isEqualTo(1);
        assertThat(tickets.rectificationsOpened()).isZero();
        assertThat(tickets.rectifiedOnTimeShare()).isEmpty();

        assertThat(figures.perDepartment(null, MARCH)).containsEntry(department, all);
        assertThat(figures.perItem(department, SubjectKind.CASE, MARCH)).containsOnlyKeys("item-a", "item-b")
                .containsEntry("item-a", itemA);
        assertThat(figures.perItem(department, SubjectKind.CASE, MARCH).get("item-b").satisfiedShare())
                .contains(new BigDecimal("0.5000"));
        assertThat(figures.perItem(department, null, MARCH)).containsOnlyKeys("item-a", "item-b", "service-s")
                .containsEntry("service-s", tickets);
        assertThat(figures.of(FiguresQuery.of(UUID.randomUUID(), MARCH))).isEqualTo(SatisfactionFigures.none());
        assertThat(SatisfactionFigures.none().satisfiedShare()).isEmpty();
    }

    private Rating rate(UUID department, SubjectKind kind, String item, int level, Boolean solved, Instant at) {
        Rating rating = new Rating(UUID.randomUUID(), kind, UUID.randomUUID(), "TEST-" + level,
                kind == SubjectKind.TICKET ? UUID.randomUUID() : null, null, department, item,
                RatingLevel.of(level).orElseThrow(), Set.of(), null, solved,
                kind == SubjectKind.TICKET ? Rating.Channel.RETURN_VISIT : Rating.Channel.PORTAL, at);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(ratings.insert(rating)).isTrue();
            opening.openIfPoor(rating);
        });
        return rating;
    }

    private void reply(UUID department, Rating rating) {
        UUID id = rectifications.ofRating(rating.id()).orElseThrow().id();
        OneWindowUser head = new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试科长", Set.of(Role.DEPARTMENT_HEAD),
                Set.of("rating.rectify"), new DataScope(department, DivisionCode.parse("350100")));
        replying.reply(head, Acting.of(head, "127.0.0.1"), id, "核实属实", "已整改", "已答复");
    }

    private void moveClockTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ChinaTime.ZONE).toInstant();
    }
}
