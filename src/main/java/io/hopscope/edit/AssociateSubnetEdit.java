package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Associates a subnet with a route table or a network ACL. A subnet has exactly one of each
 * [RT][NACL], so the association moves away from the table or ACL that had it.
 */
public record AssociateSubnetEdit(String tableOrAclId, String subnetId) implements Edit {

    @Override
    public String description() {
        return "Associate " + subnetId + " with " + tableOrAclId;
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel model = diagram.model();
        Subnet subnet = model.subnet(subnetId);
        RouteTable table = model.routeTable(tableOrAclId);
        NetworkAcl acl = model.networkAcl(tableOrAclId);
        if (subnet == null || (table == null && acl == null)) {
            throw new IllegalStateException("cannot associate " + subnetId + " with " + tableOrAclId);
        }
        String vpcId = table != null ? table.vpcId() : acl.vpcId();
        if (!vpcId.equals(subnet.vpcId())) {
            throw new IllegalStateException(tableOrAclId + " is in another VPC than " + subnetId);
        }
        NetworkModel.Builder b = model.toBuilder();
        if (table != null) {
            b.mapAll(RouteTable.class, t -> t.withSubnetIds(associate(t.id(), t.subnetIds())));
        } else {
            b.mapAll(NetworkAcl.class, a -> a.withSubnetIds(associate(a.id(), a.subnetIds())));
        }
        return diagram.withModel(b.build());
    }

    private List<String> associate(String ownerId, List<String> subnetIds) {
        List<String> ids = new ArrayList<>(subnetIds);
        ids.remove(subnetId);
        if (ownerId.equals(tableOrAclId)) {
            ids.add(subnetId);
        }
        return ids;
    }
}
