package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the entry numbered {@code ruleNumber} in the replacement's direction. A new number must be
 * free in that direction: NACL rule numbers are unique per direction because evaluation goes by number [NACL].
 */
public record ReplaceAclEntryEdit(String aclId, int ruleNumber, AclEntry replacement) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(replacement.egress() ? "fix.acl.change.outbound" : "fix.acl.change.inbound", ruleNumber, aclId,
                replacement.describe());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkAcl acl = Lookup.require(diagram, aclId, NetworkAcl.class, "network ACL");
        List<AclEntry> entries = new ArrayList<>();
        boolean found = false;
        for (AclEntry e : acl.entries()) {
            boolean sameDirection = e.egress() == replacement.egress();
            if (sameDirection && e.ruleNumber() == ruleNumber && !found) {
                entries.add(replacement);
                found = true;
            } else {
                if (sameDirection && e.ruleNumber() == replacement.ruleNumber()) {
                    throw new EditRefusal(Text.of(replacement.egress() ? "edit.refusal.aclRuleExists.outbound"
                            : "edit.refusal.aclRuleExists.inbound", aclId, replacement.ruleNumber()));
                }
                entries.add(e);
            }
        }
        if (!found) {
            throw new EditRefusal(Text.of(replacement.egress() ? "edit.refusal.noAclRule.outbound"
                    : "edit.refusal.noAclRule.inbound", aclId, ruleNumber));
        }
        return diagram.withModel(diagram.model().with(acl.withEntries(entries)));
    }
}
