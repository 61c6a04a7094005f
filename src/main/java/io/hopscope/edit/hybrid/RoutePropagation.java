package io.hopscope.edit.hybrid;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Route propagation as AWS does it, for a drawn diagram [VGWPROP]: turning it on for a virtual
 * private gateway makes the gateway's VPN prefixes ({@link PropagatedPrefixes}) appear in the table
 * as propagated routes, turning it off takes every route the gateway propagated there away, and a
 * change to a VPN's prefixes reaches every table that propagates its gateway. Each user action is
 * one {@link CompositeEdit}: the change itself, then the route edits it causes. The engine reads the
 * routes as they stand (rulebook 8), so what a trace sees is exactly what these edits wrote.
 */
public final class RoutePropagation {

    private RoutePropagation() {
    }

    /** Turns propagation from {@code vgwId} on or off in {@code tableId}, with the routes that come or go. */
    public static Edit toggle(NetworkModel m, String tableId, String vgwId, boolean on) {
        RouteTable t = m.routeTable(tableId);
        if (t == null) {
            throw EditRefusal.gone("route table", tableId);
        }
        VpnGateway vgw = m.get(vgwId, VpnGateway.class);
        if (on && (vgw == null || !t.vpcId().equals(vgw.vpcId()))) {
            throw EditRefusal.invalid("edit.refusal.vgw.notAttached", vgwId, t.vpcId(), t.label());
        }
        List<Edit> parts = new ArrayList<>();
        parts.add(new SetPropagationFlagEdit(tableId, vgwId, on));
        if (on) {
            for (Cidr c : PropagatedPrefixes.of(m, vgwId)) {
                if (!PropagatedRouteEdit.holds(t, c, vgwId) && PropagatedPrefixes.fits(m, t, c)) {
                    parts.add(new PropagatedRouteEdit(tableId, c, vgwId, true));
                }
            }
        } else {
            // Turning propagation off withdraws every route the gateway propagated, BGP ones included.
            for (Route r : t.routes()) {
                if (PropagatedRouteEdit.isFrom(r, vgwId) && r.destination() != null) {
                    parts.add(new PropagatedRouteEdit(tableId, r.destination(), vgwId, false));
                }
            }
        }
        String label = vgw == null ? vgwId : vgw.label();
        return CompositeEdit.described(Text.of(on ? "edit.propagationFlag.on" : "edit.propagationFlag.off", label, t.label()),
                parts);
    }

    /**
     * {@code change} followed by the propagated routes it adds or withdraws: for each gateway, the
     * prefixes it propagated before and after the change are compared, and every table propagating
     * it gains the new ones and loses the gone ones. Routes that were imported (BGP prefixes the data
     * shows only as propagated routes) stay unless the change removes their prefix.
     */
    public static Edit withRoutes(Diagram before, Edit change) {
        Diagram after = change.apply(before);
        List<Edit> sync = sync(before.model(), after.model());
        if (sync.isEmpty()) {
            return change;
        }
        List<Edit> parts = new ArrayList<>();
        parts.add(change);
        parts.addAll(sync);
        return CompositeEdit.described(change.text(), parts);
    }

    /** The propagated-route edits that bring every propagating table from {@code before}'s VPN prefixes to {@code after}'s. */
    public static List<Edit> sync(NetworkModel before, NetworkModel after) {
        Set<String> vgws = new LinkedHashSet<>();
        before.vpnGateways().forEach(g -> vgws.add(g.id()));
        after.vpnGateways().forEach(g -> vgws.add(g.id()));
        List<Edit> edits = new ArrayList<>();
        for (String vgw : vgws) {
            Set<Cidr> old = PropagatedPrefixes.of(before, vgw);
            Set<Cidr> now = PropagatedPrefixes.of(after, vgw);
            if (old.equals(now)) {
                continue;
            }
            for (RouteTable t : after.routeTables()) {
                if (!t.propagatingVgwIds().contains(vgw)) {
                    continue;
                }
                for (Cidr c : old) {
                    if (!now.contains(c) && PropagatedRouteEdit.holds(t, c, vgw)) {
                        edits.add(new PropagatedRouteEdit(t.id(), c, vgw, false));
                    }
                }
                for (Cidr c : now) {
                    if (!old.contains(c) && !PropagatedRouteEdit.holds(t, c, vgw) && PropagatedPrefixes.fits(after, t, c)) {
                        edits.add(new PropagatedRouteEdit(t.id(), c, vgw, true));
                    }
                }
            }
        }
        return edits;
    }
}
