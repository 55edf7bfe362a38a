package org.onewindow.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.Cases;
import org.onewindow.identity.Departments;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestApplications.Submitted;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 一事一评 over the portal pages: only the applicant, only once, only a closed case, only valid input. */
@OneWindowIntegrationTest
class CaseRatingIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Cases cases;
    @Autowired Departments departments;
    @Autowired TestStaff staff;
    @Autowired Zones zones;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    RatingFixture fixture;

    @BeforeEach
    void fixture() {
        directory.loadDirectoryIfAbsent();
        fixture = new RatingFixture(applications, desk, workflows, cases, departments, staff, zones);
    }

    @Test
    void theApplicantRatesAnApprovedCaseOnceAndASecondRatingIsRefused() {
        Submitted approved = fixture.approved(port);
        UUID caseId = approved.caseId();
        WebClient portal = approved.portal();

        assertThat(portal.get("/applications/" + caseId).body()).contains("id=\"rate-case\"");
        Page form = portal.get("/ratings/cases/" + caseId);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("rate-form").contains("非常满意").contains("材料要求多");

        Page rated = fixture.rate(portal, caseId, "5", List.of("efficient", "friendly"), "窗口服务很耐心");
        UUID ratingId = RatingFixture.ratingId(rated);
        Page mine = portal.get("/ratings/" + ratingId);
        assertThat(mine.body()).contains("5 非常满意").contains("办事效率高").contains("服务态度好")
                .contains("窗口服务很耐心").contains("福州市人力资源和社会保障局").doesNotContain("id=\"rectification\"");
        assertThat(portal.get("/ratings").body()).contains("/ratings/" + ratingId);
        assertThat(portal.get("/ratings/cases/" + caseId).location().orElseThrow()).endsWith("/ratings/" + ratingId);

        Page second = fixture.rate(portal, caseId, "1", List.of(), "改成差评");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("该申请已评价，评价不能修改");
        assertThat(levels(caseId)).containsExactly(5);
        assertThat(rectifications(caseId)).isZero();
        assertThat(audited(caseId, "FAILURE", "already_rated")).isEqualTo(1);
    }

    @Test
    void aCaseThatIsNotClosedCannotBeRated() {
        Submitted open = fixture.submitted(port);

        assertThat(open.portal().get("/applications/" + open.caseId()).body()).doesNotContain("rate-case");
        Page form = open.portal().get("/ratings/cases/" + open.caseId());
        assertThat(form.status()).isEqualTo(409);
        assertThat(form.body()).contains("not-closed").doesNotContain("rate-form");
        open.portal().get("/applications");
        Page refused = open.portal().postPairs("/ratings/cases/" + open.caseId(), "level", "1");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("申请办结后才能评价");
        assertThat(levels(open.caseId())).isEmpty();
        assertThat(audited(open.caseId(), "FAILURE", "case_not_closed")).isEqualTo(1);
    }

    @Test
    void onlyTheApplicantMayRateAndAnyoneElseIsToldTheCaseDoesNotExist() {
        Submitted closed = fixture.refused(port);
        WebClient other = fixture.submitted(port).portal();

        assertThat(other.get("/ratings/cases/" + closed.caseId()).status()).isEqualTo(404);
        other.get("/applications");
        Page refused = other.postPairs("/ratings/cases/" + closed.caseId(), "level", "1", "comment", "冒名差评");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(levels(closed.caseId())).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'RATING_RECORDED' and result = 'DENIED'
                and object_id = :case and detail = 'rating_subject_not_found'""")
                .param("case", closed.caseId().toString()).query(Long.class).single()).isEqualTo(1);
        UUID ratingId = RatingFixture.ratingId(fixture.rate(closed.portal(), closed.caseId(), "4", List.of(), null));
        assertThat(other.get("/ratings/" + ratingId).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithAPreciseErrorAndChangesNothing() {
        Submitted closed = fixture.refused(port);
        UUID caseId = closed.caseId();
        WebClient portal = closed.portal();

        assertThat(fixture.rate(portal, caseId, "0", List.of(), null).status()).isEqualTo(400);
        assertThat(fixture.rate(portal, caseId, "6", List.of(), null).body()).contains("请选择 1 至 5 的评价等级");
        Page praiseOnAPoorRating = fixture.rate(portal, caseId, "1", List.of("efficient"), null);
        assertThat(praiseOnAPoorRating.status()).isEqualTo(400);
        assertThat(praiseOnAPoorRating.body()).contains("所选标签与评价等级不符");
        assertThat(fixture.rate(portal, caseId, "4", List.of("bribed"), null).status()).isEqualTo(400);
        Page tooLong = fixture.rate(portal, caseId, "3", List.of(), "慢".repeat(501));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("意见或建议过长");
        assertThat(levels(caseId)).isEmpty();

        UUID ratingId = RatingFixture.ratingId(fixture.rate(portal, caseId, "3",
                List.of("too_many_materials", "multiple_trips", "too_many_materials"), "慢".repeat(500)));
        assertThat(levels(caseId)).containsExactly(3);
        assertThat(jdbc.sql("select tag from rating.rating_tag where rating_id = :id order by tag")
                .param("id", ratingId).query(String.class).list())
                .containsExactly("multiple_trips", "too_many_materials");
        assertThat(rectifications(caseId)).as("a 3 is not a poor rating").isZero();
    }

    @Test
    void theDatabaseRefusesToChangeARating() {
        Submitted closed = fixture.refused(port);
        UUID ratingId = RatingFixture.ratingId(fixture.rate(closed.portal(), closed.caseId(), "2",
                List.of("poor_attitude"), null));

        assertThatThrownBy(() -> jdbc.sql("update rating.rating set level = 5 where id = :id").param("id", ratingId)
                .update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from rating.rating_tag where rating_id = :id")
                .param("id", ratingId).update()).isInstanceOf(DataAccessException.class);
        assertThat(levels(closed.caseId())).containsExactly(2);
    }

    private List<Integer> levels(UUID caseId) {
        return jdbc.sql("select level from rating.rating where subject_kind = 'CASE' and subject_id = :id")
                .param("id", caseId).query(Integer.class).list();
    }

    private long rectifications(UUID caseId) {
        return jdbc.sql("""
                select count(*) from rating.rectification x join rating.rating r on r.id = x.rating_id
                where r.subject_id = :id""").param("id", caseId).query(Long.class).single();
    }

    private long audited(UUID caseId, String result, String detail) {
        return jdbc.sql("""
                select count(*) from audit.entry where event = 'RATING_RECORDED' and result = :result
                and object_id = :case and detail = :detail""")
                .param("result", result).param("case", caseId.toString()).param("detail", detail)
                .query(Long.class).single();
    }
}
