package dev.parley.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id hashes in PHC format with the OWASP parameters, salted, verifiable. */
class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hash_isArgon2idWithOwaspParameters_andSalted() {
        String a = hasher.hash("correct horse");
        String b = hasher.hash("correct horse");
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(a).isNotEqualTo(b);
        assertThat(a).doesNotContain("correct horse");
    }

    @Test
    void verify_acceptsTheRightPasswordOnly() {
        String h = hasher.hash("correct horse");
        assertThat(hasher.verify("correct horse", h)).isTrue();
        assertThat(hasher.verify("correct horsE", h)).isFalse();
        assertThat(hasher.verify("correct horse", null)).isFalse();
        assertThat(hasher.verify("correct horse", "garbage")).isFalse();
    }
}
