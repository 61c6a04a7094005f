package io.hopscope.engine.index;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A network ACL's entries split by direction and sorted by rule number once: AWS evaluates
 * "starting with the lowest numbered rule", never in list order [NACL].
 */
public final class AclIndex {
    private final NetworkAcl acl;
    private final AclEntry[] inbound;
    private final AclEntry[] outbound;

    public AclIndex(NetworkAcl acl) {
        this.acl = acl;
        Comparator<AclEntry> byNumber = Comparator.comparingInt(AclEntry::ruleNumber);
        this.inbound = acl.entries().stream().filter(e -> !e.egress()).sorted(byNumber).toArray(AclEntry[]::new);
        this.outbound = acl.entries().stream().filter(AclEntry::egress).sorted(byNumber).toArray(AclEntry[]::new);
    }

    public NetworkAcl acl() {
        return acl;
    }

    /** Entries of one direction in evaluation order; callers must not modify the array. */
    public AclEntry[] entries(boolean egress) {
        return egress ? outbound : inbound;
    }

    public boolean hasRuleNumber(boolean egress, int number) {
        return Arrays.stream(entries(egress)).anyMatch(e -> e.ruleNumber() == number);
    }
}
