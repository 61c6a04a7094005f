package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Associates a subnet with a route table or a network ACL. A subnet has at most one explicit route
 * table [RT] and exactly one NACL [NACL], so the association moves off any other table of that kind.
 */
public record AssociateSubnetEdit(String subnetId, String tableId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.associate", subnetId, tableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        if (m.subnet(subnetId) == null) {
            throw EditRefusal.gone("subnet", subnetId);
        }
        NetworkModel.Builder b = m.toBuilder();
        if (m.routeTable(tableId) != null) {
            for (RouteTable t : m.routeTables()) {
                List<String> ids = moved(t.subnetIds(), t.id().equals(tableId));
                if (!ids.equals(t.subnetIds())) {
                    b.put(t.withSubnetIds(ids));
                }
            }
        } else if (m.networkAcl(tableId) != null) {
            for (NetworkAcl a : m.networkAcls()) {
                List<String> ids = moved(a.subnetIds(), a.id().equals(tableId));
                if (!ids.equals(a.subnetIds())) {
                    b.put(a.withSubnetIds(ids));
                }
            }
        } else {
            throw new IllegalStateException(tableId + " is neither a route table nor a network ACL");
        }
        return diagram.withModel(b.build());
    }

    private List<String> moved(List<String> ids, boolean target) {
        List<String> out = new ArrayList<>(ids);
        out.remove(subnetId);
        if (target) {
            out.add(subnetId);
        }
        return out;
    }
}
