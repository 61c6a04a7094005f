package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import java.util.List;

/** Deletes one numbered entry of a network ACL; the implicit {@code *} deny cannot be deleted [NACL]. */
public record RemoveAclEntryEdit(String aclId, boolean egress, int ruleNumber) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(egress ? "edit.aclEntry.remove.outbound" : "edit.aclEntry.remove.inbound", ruleNumber, aclId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkAcl acl = Lookup.require(diagram, aclId, NetworkAcl.class, "network ACL");
        List<AclEntry> kept = acl.entries().stream()
                .filter(e -> e.egress() != egress || e.ruleNumber() != ruleNumber).toList();
        if (kept.size() == acl.entries().size()) {
            throw new EditRefusal(Text.of(egress ? "edit.refusal.noAclRule.outbound" : "edit.refusal.noAclRule.inbound",
                    aclId, ruleNumber));
        }
        return diagram.withModel(diagram.model().with(acl.withEntries(kept)));
    }
}
