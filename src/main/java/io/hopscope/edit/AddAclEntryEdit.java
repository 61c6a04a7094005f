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
            throw new IllegalStateException("network ACL " + aclId + " no longer exists");
        }
        for (AclEntry e : acl.entries()) {
            if (e.egress() == entry.egress() && e.ruleNumber() == entry.ruleNumber()) {
                throw new IllegalStateException(aclId + " already has " + (entry.egress() ? "outbound" : "inbound")
                        + " rule " + entry.ruleNumber());
            }
        }
        List<AclEntry> entries = new ArrayList<>(acl.entries());
        entries.add(entry);
        return diagram.withModel(diagram.model().with(acl.withEntries(entries)));
    }
}
