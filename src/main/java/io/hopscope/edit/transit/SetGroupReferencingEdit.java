package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.text.Text;

/**
 * Turns security group referencing on or off for a transit gateway or one of its VPC attachments
 * ({@code Options.SecurityGroupReferencingSupport}): an inbound rule may name a group across the
 * gateway only when the gateway and both VPC attachments enable it [TGWSGR], rulebook 7.8.
 */
public record SetGroupReferencingEdit(String resourceId, boolean enabled) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(enabled ? "edit.groupReferencing.on" : "edit.groupReferencing.off", resourceId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        if (m.find(resourceId).orElse(null) instanceof TransitGateway g) {
            return diagram.withModel(m.with(new TransitGateway(g.id(), g.name(), g.region(), enabled)));
        }
        TransitGatewayAttachment a = TransitLookups.attachment(m, resourceId);
        if (a.type() != TransitGatewayAttachment.Type.VPC) {
            throw EditRefusal.invalid("edit.refusal.tgw.referencingVpcOnly", a.label(), a.type().wireName());
        }
        return diagram.withModel(m.with(a.withSecurityGroupReferencing(enabled)));
    }
}
