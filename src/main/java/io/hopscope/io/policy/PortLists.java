package io.hopscope.io.policy;

import io.hopscope.model.net.PortSet;

/** Port lists as the CLI's --ports reads them, with the policy files' rules and messages. */
public final class PortLists {
    private PortLists() {
    }

    /** Parses "443", "80,443" or "1024-65535"; throws IllegalArgumentException naming {@code option}. */
    public static PortSet parse(String option, String text) {
        try {
            return PortTexts.parse(text, msg -> new PolicyException(option, 0, 0, msg));
        } catch (PolicyException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
