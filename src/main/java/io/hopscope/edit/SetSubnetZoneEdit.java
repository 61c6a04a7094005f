package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Subnet;

/** Moves a subnet to another availability zone (a subnet lives in exactly one AZ). */
public record SetSubnetZoneEdit(String subnetId, String availabilityZone) implements Edit {

    public SetSubnetZoneEdit {
        availabilityZone = availabilityZone == null ? "" : availabilityZone.strip();
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.subnetZone", subnetId, availabilityZone);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Subnet s = Lookup.require(diagram, subnetId, Subnet.class, "subnet");
        return diagram.withModel(diagram.model().with(
                new Subnet(s.id(), s.name(), s.vpcId(), s.cidr(), s.ipv6Cidr(), availabilityZone)));
    }
}
