package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.SearchHit;

class SearchIndexTests {

    private static final CatalogData DATA = CatalogLoader.load(CatalogConfiguration.sources());
    private static final SearchIndex INDEX = new SearchIndex(DATA, item -> "");

    private static List<String> codes(String query) {
        return INDEX.search(query, 10).stream().map(SearchHit::code).toList();
    }

    @Test
    void kaiGongSiFindsBusinessEstablishmentFirst() {
        assertThat(codes("开公司")).first().isEqualTo("business-establishment");
    }

    @Test
    void kaiFanDianFindsBusinessEstablishmentAndTheFoodLicence() {
        assertThat(codes("开饭店").subList(0, 3)).contains("business-establishment", "food-business-licence");
    }

    @Test
    void aSentenceContainingASynonymFindsTheSameItems() {
        assertThat(codes("我想在鼓楼开饭店").subList(0, 3)).contains("business-establishment", "food-business-licence");
    }

    @Test
    void banZhiZhaoFindsTheBusinessLicenceItems() {
        assertThat(codes("办执照").subList(0, 2)).containsExactlyInAnyOrder("business-establishment", "individual-business");
    }

    @Test
    void kaiDianFindsTheIndividualBusinessFirst() {
        assertThat(codes("开店")).first().isEqualTo("individual-business");
    }

    @Test
    void yingYeZhiZhaoDoesNotMatchTheDrivingLicence() {
        assertThat(codes("营业执照")).contains("business-establishment").doesNotContain("driving-licence-renewal");
    }

    @Test
    void jiaShiZhiZhaoFindsTheDrivingLicence() {
        assertThat(codes("驾驶证")).first().isEqualTo("driving-licence-renewal");
    }

    @Test
    void anItemsOwnNameFindsItFirst() {
        assertThat(codes("住房公积金提取")).first().isEqualTo("housing-fund-withdrawal");
        assertThat(codes("失业保险金申领")).first().isEqualTo("unemployment-benefit");
    }

    @Test
    void bundlesAreFoundToo() {
        assertThat(INDEX.search("生孩子", 5)).first()
                .satisfies(hit -> assertThat(hit.kind()).isEqualTo(SearchHit.BUNDLE))
                .satisfies(hit -> assertThat(hit.code()).isEqualTo("newborn"));
    }

    @Test
    void guideTextIsSearched() {
        assertThat(codes("随迁子女")).contains("residence-permit");
    }

    @Test
    void blankAndNonsenseQueriesFindNothing() {
        assertThat(codes("   ")).isEmpty();
        assertThat(codes(null)).isEmpty();
        assertThat(codes("qwzx")).isEmpty();
    }

    @Test
    void queryCharactersAreNotASyntax() {
        assertThat(codes("开公司 AND (OR \"*")).first().isEqualTo("business-establishment");
    }

    @Test
    void longQueriesAreCut() {
        assertThat(SearchIndex.normalise("开".repeat(500))).hasSize(SearchIndex.MAX_QUERY_LENGTH);
        assertThat(codes("公积金".repeat(100))).isNotEmpty();
    }
}
