package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Resource;
import io.hopscope.model.SecurityGroup;

/** Sets the free-text description of a security group or a network interface (AWS keeps one on both). */
public record SetDescriptionEdit(String resourceId, String description) implements Edit {

    public SetDescriptionEdit {
        description = description == null ? "" : description.strip();
    }

    public static boolean canDescribe(Resource r) {
        return r instanceof SecurityGroup || r instanceof NetworkInterface;
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.description", resourceId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Resource r = diagram.model().find(resourceId)
                .orElseThrow(() -> new IllegalStateException(resourceId + " no longer exists"));
        Resource changed;
        if (r instanceof SecurityGroup g) {
            changed = new SecurityGroup(g.id(), g.name(), g.vpcId(), description, g.inbound(), g.outbound());
        } else if (r instanceof NetworkInterface e) {
            changed = new NetworkInterface(e.id(), e.name(), e.subnetId(), e.type(), e.privateIps(), e.publicIp(),
                    e.ipv6Ips(), e.securityGroupIds(), description);
        } else {
            throw new IllegalStateException(r.kind().wireName() + " " + resourceId + " has no description");
        }
        return diagram.withModel(diagram.model().with(changed));
    }
}
