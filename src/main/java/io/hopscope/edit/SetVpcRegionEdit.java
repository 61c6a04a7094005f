package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Vpc;

/** Sets the Region a VPC lives in; peering across Regions is judged by it [PCX]. */
public record SetVpcRegionEdit(String vpcId, String region) implements Edit {

    public SetVpcRegionEdit {
        region = region == null ? "" : region.strip();
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.vpcRegion", vpcId, region);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Vpc v = Lookup.require(diagram, vpcId, Vpc.class, "VPC");
        return diagram.withModel(diagram.model().with(new Vpc(v.id(), v.name(), region, v.ipv4Cidrs(), v.ipv6Cidrs())));
    }
}
