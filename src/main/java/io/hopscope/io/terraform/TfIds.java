package io.hopscope.io.terraform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable placeholder ids: the first 17 hex digits of the SHA-256 of a resource's address (and a
 * role for what Terraform creates implicitly), so the same plan always gets the same ids.
 */
final class TfIds {

    /** One digest per thread: a plan of 10,000 resources derives as many ids, and each lookup costs a provider search. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private TfIds() {
    }

    static String hash(String text) {
        byte[] d = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 9).substring(0, 17);
    }
}
