package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficePathTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "/office", "/office/", "/office/login", "/office;x/", "//office/", "/%6Fffice/", "/OFFICE/", "/Office/audit",
        "/./office/", "/foo/../office/", "/%2Foffice/", "/%256Fffice/", "/office./", "/office;jsessionid=1/login",
        "\\office\\", "/%4F%46%46%49%43%45/"
    })
    void recognisesEverySpellingOfTheOfficeSurface(String path) {
        assertThat(OfficePath.matches(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/officer", "/offices/", "/account", "/css/office.css", "/register"})
    void leavesPortalPathsAlone(String path) {
        assertThat(OfficePath.matches(path)).isFalse();
    }
}
