package io.hopscope.edit.create;

import io.hopscope.diagram.autolayout.BoxSizes;
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

    /**
     * The box of a new resource: a transit gateway gets the size the auto-layout gives an imported
     * one (BoxSizes decides both), so drawn and imported gateways look alike; others their kind's.
     */
    static double[] boxOf(List<Resource> created, String id, double width, double height) {
        for (Resource r : created) {
            if (r instanceof TransitGateway g && g.id().equals(id)) {
                return new double[] {BoxSizes.leafWidth(g), BoxSizes.leafHeight(g)};
            }
        }
        return new double[] {width, height};
    }
}
