package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NACL rule numbers are 1-32766 and unique per direction, because evaluation goes by number,
 * lowest first, and stops at the first match [NACL].
 */
public final class NaclRuleNumbersRule implements ModelRule {

    @Override
    public String findingsName() {
        return "network ACL rule number problems";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        for (NetworkAcl a : m.networkAcls()) {
            direction(f, a, ".inbound", a.inbound());
            direction(f, a, ".outbound", a.outbound());
        }
    }

    private static void direction(Findings f, NetworkAcl a, String list, List<AclEntry> entries) {
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int n = entries.get(i).ruleNumber();
            String at = list + "[" + i + "].rule";
            if (n < AclEntry.MIN_RULE_NUMBER || n > AclEntry.MAX_RULE_NUMBER) {
                f.error(a, at, Text.of("check.acl.outOfRange", n, AclEntry.MIN_RULE_NUMBER,
                        AclEntry.MAX_RULE_NUMBER));
            }
            Integer earlier = firstIndex.putIfAbsent(n, i);
            if (earlier != null) {
                f.error(a, at, Text.of("check.acl.duplicate" + list, n, a.label(),
                        list.substring(1) + "[" + earlier + "]"));
            }
        }
    }
}
