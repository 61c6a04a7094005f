package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;

/** Makes a network ACL its VPC's default one (used by unassociated subnets); the old default stops being one [NACL]. */
public record SetDefaultNetworkAclEdit(String aclId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.defaultAcl", aclId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkAcl chosen = Lookup.require(diagram, aclId, NetworkAcl.class, "network ACL");
        NetworkModel.Builder b = diagram.model().toBuilder();
        for (NetworkAcl a : diagram.model().networkAcls()) {
            if (a.vpcId().equals(chosen.vpcId()) && a.isDefault() != a.id().equals(aclId)) {
                b.put(new NetworkAcl(a.id(), a.name(), a.vpcId(), !a.isDefault(), a.subnetIds(), a.entries()));
            }
        }
        return diagram.withModel(b.build());
    }
}
