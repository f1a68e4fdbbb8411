package org.casus.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casus.CasusException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "password1234", "qwertyuiop12", "123456789012",
        "iloveyou2024!", "correct horse battery staple 7", "short"})
    void weakPasswords_areRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", password)).isInstanceOf(CasusException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"margaretthatcher1", "xmargaretthatcherx"})
    void theUsersOwnName_isRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("margaretthatcher", password))
                .hasMessageContaining("the user's name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst-tulip-cobalt-91", "viewer-quartz-meadow-47", "jobs-ember-lantern-38",
        "Tq8#vLp2!zR9wK"})
    void longOrRandomPasswords_areAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("someone", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 129})
    void lengthsOutside12To128_areRefused(int length) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", "x7#Q".repeat(40).substring(0, length)))
                .hasMessageContaining("12 to 128 characters");
    }
}
