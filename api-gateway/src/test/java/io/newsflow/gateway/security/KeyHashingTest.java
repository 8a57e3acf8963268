package io.newsflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyHashingTest {

    @Test
    void keysAreRandomPrefixedAndLongEnough() {
        String a = KeyHashing.newKey();
        String b = KeyHashing.newKey();
        assertThat(a).startsWith("nf_").hasSize(46).isNotEqualTo(b);
        assertThat(KeyHashing.plausible(a)).isTrue();
    }

    @Test
    void hashIsHexSha256AndStable() {
        assertThat(KeyHashing.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(KeyHashing.sameHash(KeyHashing.hash("k"), KeyHashing.hash("k"))).isTrue();
        assertThat(KeyHashing.sameHash(KeyHashing.hash("k"), KeyHashing.hash("j"))).isFalse();
        assertThat(KeyHashing.sameHash(null, "x")).isFalse();
    }

    @Test
    void implausibleKeysAreRejectedBeforeAnyLookup() {
        assertThat(KeyHashing.plausible("short")).isFalse();
        assertThat(KeyHashing.plausible("nf_with a space inside it")).isFalse();
        assertThat(KeyHashing.plausible("x".repeat(201))).isFalse();
    }

    @Test
    void aPresentedKeyIsHashedOnlyWhenItCouldBeAKey() {
        String key = KeyHashing.newKey();
        assertThat(ApiKeyService.hashOf(key)).isEqualTo(KeyHashing.hash(key));
        assertThat(ApiKeyService.hashOf("short")).isNull();
        assertThat(ApiKeyService.hashOf(null)).isNull();
    }

    @Test
    void rolesImplyReading() {
        assertThat(Roles.implied(Roles.ADMIN)).contains(Roles.READER, Roles.CURATOR, Roles.INGESTER);
        assertThat(Roles.implied(Roles.INGESTER)).containsExactlyInAnyOrder(Roles.INGESTER, Roles.READER);
        assertThat(Roles.implied(Roles.READER)).containsExactly(Roles.READER);
    }
}
