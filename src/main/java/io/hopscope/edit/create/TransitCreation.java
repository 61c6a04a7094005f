package io.hopscope.edit.create;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayRouteTable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A new transit gateway, with the default route table AWS creates with it; attachments made later
 * on the canvas are associated with and propagate into that table, as with AWS's default
 * association and propagation [TGWRT]. Its Region is the VPCs' when they agree.
 */
final class TransitCreation {

    private TransitCreation() {
    }

    static String create(NetworkModel model, Function<String, String> ids, Consumer<Resource> add) {
        List<String> regions = model.vpcs().stream().map(v -> v.region()).filter(r -> !r.isEmpty()).distinct().toList();
        TransitGateway g = new TransitGateway(ids.apply("tgw-"), "", regions.size() == 1 ? regions.get(0) : "", false);
        add.accept(g);
        add.accept(new TransitGatewayRouteTable(ids.apply("tgw-rtb-"), "default", g.id(), List.of(), List.of()));
        return g.id();
    }
}
