package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.net.Cidr;
import java.util.List;

/** Sets the addresses an external endpoint stands for (an internet host is a /32, an on-premises network its blocks). */
public record SetExternalCidrsEdit(String externalId, List<Cidr> cidrs) implements Edit {

    public SetExternalCidrsEdit {
        cidrs = List.copyOf(cidrs);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.addresses.to", externalId, String.valueOf(cidrs));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        ExternalEndpoint x = Lookup.require(diagram, externalId, ExternalEndpoint.class, "external endpoint");
        return diagram.withModel(diagram.model().with(new ExternalEndpoint(x.id(), x.name(), x.externalKind(), cidrs,
                x.serviceName(), x.prefixListId(), x.gatewayId())));
    }
}
