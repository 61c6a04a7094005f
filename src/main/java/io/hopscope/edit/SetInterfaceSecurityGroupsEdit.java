package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import java.util.List;

/** Sets the security groups attached to an interface; their rules are aggregated there [SGR]. */
public record SetInterfaceSecurityGroupsEdit(String networkInterfaceId, List<String> securityGroupIds) implements Edit {

    public SetInterfaceSecurityGroupsEdit {
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.securityGroups", networkInterfaceId, String.valueOf(securityGroupIds));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkInterface e = Lookup.require(diagram, networkInterfaceId, NetworkInterface.class, "network interface");
        return diagram.withModel(diagram.model().with(e.withSecurityGroupIds(securityGroupIds)));
    }
}
