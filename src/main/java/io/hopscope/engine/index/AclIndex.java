package io.hopscope.engine.index;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A network ACL's entries split by direction and sorted by rule number: AWS evaluates "starting
 * with the lowest numbered rule", never in list order [NACL]. Sorted on first use: a trace meets
 * one or two of an account's ACLs, and sorting all of them was part of every tracer's start.
 */
public final class AclIndex {
    private final NetworkAcl acl;
    /** Inbound then outbound, in evaluation order; null until first asked (then never written again). */
    private volatile AclEntry[][] sorted;

    public AclIndex(NetworkAcl acl) {
        this.acl = acl;
    }

    public NetworkAcl acl() {
        return acl;
    }

    /** Entries of one direction in evaluation order; callers must not modify the array. */
    public AclEntry[] entries(boolean egress) {
        AclEntry[][] s = sorted;
        if (s == null) {
            // Two threads may both sort; they compute the same arrays and either may be kept.
            Comparator<AclEntry> byNumber = Comparator.comparingInt(AclEntry::ruleNumber);
            s = new AclEntry[][] {
                acl.entries().stream().filter(e -> !e.egress()).sorted(byNumber).toArray(AclEntry[]::new),
                acl.entries().stream().filter(AclEntry::egress).sorted(byNumber).toArray(AclEntry[]::new)};
            sorted = s;
        }
        return egress ? s[1] : s[0];
    }

    public boolean hasRuleNumber(boolean egress, int number) {
        return Arrays.stream(entries(egress)).anyMatch(e -> e.ruleNumber() == number);
    }
}
