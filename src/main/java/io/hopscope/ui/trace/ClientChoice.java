package io.hopscope.ui.trace;

import io.hopscope.model.ClientProfile;

/**
 * Which ephemeral source port the client uses: the source's own profile (the engine's default),
 * one of the AWS client profiles, or a port the user types.
 */
public enum ClientChoice {
    SOURCE_DEFAULT(null),
    LINUX(ClientProfile.LINUX),
    WINDOWS(ClientProfile.WINDOWS),
    NAT(ClientProfile.NAT_GATEWAY),
    ELB(ClientProfile.ELB),
    CUSTOM(null);

    private final ClientProfile profile;

    ClientChoice(ClientProfile profile) {
        this.profile = profile;
    }

    /** The source port this choice puts in the query, or null to let the engine pick it. */
    public Integer sourcePort(Integer customPort) {
        if (this == CUSTOM) {
            return customPort;
        }
        return profile == null ? null : profile.defaultSourcePort();
    }

    /** The message key of its label. */
    public String messageKey() {
        return "trace.client." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
