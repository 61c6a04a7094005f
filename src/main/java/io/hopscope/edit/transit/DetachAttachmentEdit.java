package io.hopscope.edit.transit;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.TransitCascade;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.text.Text;
import java.util.Set;

/**
 * Deletes one transit gateway attachment (detaches a VPC, a VPN, a Direct Connect gateway or a
 * peering): its association and propagations go with it, static routes to it become blackholes and
 * the VPC's routes to the gateway stay, now leading nowhere ({@link TransitCascade} says why).
 */
public record DetachAttachmentEdit(String attachmentId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.deleteAttachment", attachmentId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitGatewayAttachment a = TransitLookups.attachment(m, attachmentId);
        return new DeleteResourcesEdit(Set.of(a.id())).apply(diagram);
    }
}
