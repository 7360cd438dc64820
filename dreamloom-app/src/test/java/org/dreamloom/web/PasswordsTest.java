package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    private final Passwords passwords = new Passwords();

    @Test
    void hashesAreArgon2idWithTheirOwnSaltAndVerify() {
        String a = passwords.hash("correct horse battery");
        String b = passwords.hash("correct horse battery");
        assertThat(a).startsWith("$argon2id$v=19$m=" + Passwords.MEMORY_KIB + ",t=" + Passwords.ITERATIONS + ",p=1$");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[4]).isNotEqualTo(b.split("\\$")[4]);
        assertThat(passwords.verify("correct horse battery", a)).isTrue();
        assertThat(passwords.verify("correct horse battery", b)).isTrue();
        assertThat(passwords.verify("correct horse batterz", a)).isFalse();
        assertThat(passwords.verify("", a)).isFalse();
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String bad : new String[] {null, "", "plain", "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA",
            "$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAA", "$argon2id$v=19$m=8,t=1,p=1$***$AAAA"}) {
            assertThat(passwords.verify("anything at all", bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void theDecoyNeverMatches() {
        assertThat(passwords.verifyDecoy("correct horse battery")).isFalse();
    }

    @Test
    void nonAsciiPasswordsWork() {
        String h = passwords.hash("träume – 夢 – сон!");
        assertThat(passwords.verify("träume – 夢 – сон!", h)).isTrue();
        assertThat(passwords.verify("traume – 夢 – сон!", h)).isFalse();
    }
}
