package io.newsflow.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How API keys are made and stored: 32 random bytes, shown once as {@code nf_<base64url>}; only the SHA-256 of the
 * key is stored. A slow password hash is not needed: the key has 256 bits of entropy, so the digest cannot be
 * reversed by guessing. The launcher ({@code ./newsflow keys}) makes keys the same way.
 */
public final class KeyHashing {

    public static final String KEY_PREFIX = "nf_";
    /** Visible start of a key kept in clear, so that an operator can tell keys apart in a list. */
    public static final int SHOWN_CHARS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHashing() {
    }

    /** A new random key. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a key. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time comparison of two hex digests. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The part of a key shown in lists. */
    public static String shown(String key) {
        return key.substring(0, Math.min(SHOWN_CHARS, key.length()));
    }

    /** A cheap syntactic check before any lookup: printable ASCII of a sane length. */
    public static boolean plausible(String key) {
        if (key == null || key.length() < 16 || key.length() > 200) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
