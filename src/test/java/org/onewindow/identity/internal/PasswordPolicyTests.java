package org.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPasswordOfThreeClasses() {
        assertThat(policy.check("Fuzhou#Gulou7")).isEmpty();
        assertThat(policy.check("minjiang river 2026")).isEmpty();
    }

    @Test
    void refusesShortSimpleAndCommonPasswords() {
        assertThat(policy.check("Ab1!")).contains("password_too_short");
        assertThat(policy.check("alllowercase")).contains("password_too_simple");
        assertThat(policy.check("lowercase123")).contains("password_too_simple");
        assertThat(policy.check("P@ssw0rd")).contains("password_too_common");
        assertThat(policy.check("admin@123")).contains("password_too_common");
        assertThat(policy.check(null)).contains("password_too_short");
        assertThat(policy.check("Aa1!".repeat(40))).contains("password_too_long");
    }
}
