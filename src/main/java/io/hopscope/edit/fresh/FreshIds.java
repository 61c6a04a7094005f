package io.hopscope.edit.fresh;

import io.hopscope.model.NetworkModel;
import java.security.SecureRandom;
import java.util.Set;

/**
 * New AWS-style ids ("subnet-" + 17 hex digits, as AWS has used since 2016) that no resource of
 * the model, nor any id in {@code taken}, already has.
 */
public final class FreshIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FreshIds() {
    }

    public static String next(NetworkModel model, String prefix, Set<String> taken) {
        while (true) {
            StringBuilder id = new StringBuilder(prefix).append('0');
            for (int i = 0; i < 16; i++) {
                id.append(HEX[RANDOM.nextInt(16)]);
            }
            String candidate = id.toString();
            if (model.find(candidate).isEmpty() && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    public static String next(NetworkModel model, String prefix) {
        return next(model, prefix, Set.of());
    }
}
