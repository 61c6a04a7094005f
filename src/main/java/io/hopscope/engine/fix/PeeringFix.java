package io.hopscope.engine.fix;

import io.hopscope.text.Text;
import io.hopscope.edit.AddResourcesEdit;
import io.hopscope.edit.AddRouteEdit;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.fresh.FreshIds;
import io.hopscope.edit.ReplaceRouteEdit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * Peering is not transitive [PCX]: a packet for a third VPC reaches a peering whose peer does not
 * hold the destination. The fix is what AWS prescribes, a peering between the two VPCs themselves,
 * with a route in each direction (source subnet's table to the destination VPC's CIDR and back), as
 * one undoable change. A transit gateway would do too; for two VPCs the peering is the smaller step.
 */
final class PeeringFix {
    private final ModelIndex index;

    PeeringFix(ModelIndex index) {
        this.index = index;
    }

    List<Edit> suggest(Hop hop) {
        Packet p = hop.packet();
        NetworkInterface src = index.enisByPrivateIp(p.src()).stream().findFirst().orElse(null);
        String fromVpcId = src == null ? null : index.vpcOfEni(src);
        String toVpcId = index.vpcContaining(p.dst());
        if (fromVpcId == null || toVpcId == null || fromVpcId.equals(toVpcId)) {
            return List.of();
        }
        Vpc from = index.vpc(fromVpcId);
        Vpc to = index.vpc(toVpcId);
        Subnet toSubnet = index.subnetContaining(toVpcId, p.dst());
        RouteIndex out = index.routeTableOfSubnet(src.subnetId());
        RouteIndex back = toSubnet == null ? null : index.routeTableOfSubnet(toSubnet.id());
        Cidr toCidr = cidrOf(to, p.dst());
        Cidr fromCidr = cidrOf(from, p.src());
        if (from == null || to == null || out == null || back == null || toCidr == null || fromCidr == null) {
            return List.of();
        }
        String id = FreshIds.next(index.model(), "pcx-");
        VpcPeeringConnection pcx = new VpcPeeringConnection(id, from.name() + "-" + to.name(), from.id(), to.id(),
                from.region(), to.region(), "active");
        List<Edit> parts = new ArrayList<>();
        parts.add(AddResourcesEdit.described(Text.of("edit.addPeering", id), List.of(pcx), List.of()));
        parts.add(route(out, toCidr, id));
        parts.add(route(back, fromCidr, id));
        return List.of(CompositeEdit.described(Text.of("fix.peering", from.label(), to.label(), toCidr, fromCidr), parts));
    }

    /** A route for {@code cidr} through the new peering: added, or replacing one with that destination. */
    private static Edit route(RouteIndex table, Cidr cidr, String pcxId) {
        Route r = Route.to(cidr, RouteTargetKind.VPC_PEERING_CONNECTION, pcxId);
        boolean exists = table.table().routes().stream().anyMatch(x -> cidr.equals(x.destination()));
        return exists ? new ReplaceRouteEdit(table.table().id(), cidr.toString(), r) : new AddRouteEdit(table.table().id(), r);
    }

    private static Cidr cidrOf(Vpc vpc, IpAddress ip) {
        if (vpc == null) {
            return null;
        }
        for (Cidr c : ip.isIpv4() ? vpc.ipv4Cidrs() : vpc.ipv6Cidrs()) {
            if (c.contains(ip)) {
                return c;
            }
        }
        return null;
    }
}
