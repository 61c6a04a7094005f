package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;

import java.util.ArrayList;
import java.util.List;

/** Adds one numbered entry to a network ACL; the number must be free in that direction [NACL]. */
public record AddAclEntryEdit(String aclId, AclEntry entry) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(entry.egress() ? "fix.acl.add.outbound" : "fix.acl.add.inbound", entry.describe(), aclId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkAcl acl = diagram.model().networkAcl(aclId);
        if (acl == null) {
            throw EditRefusal.gone("network ACL", aclId);
        }
        for (AclEntry e : acl.entries()) {
            if (e.egress() == entry.egress() && e.ruleNumber() == entry.ruleNumber()) {
                throw EditRefusal.of(entry.egress() ? "edit.refusal.aclRuleExists.outbound" : "edit.refusal.aclRuleExists.inbound",
                        aclId, entry.ruleNumber());
            }
        }
        List<AclEntry> entries = new ArrayList<>(acl.entries());
        entries.add(entry);
        return diagram.withModel(diagram.model().with(acl.withEntries(entries)));
    }
}
