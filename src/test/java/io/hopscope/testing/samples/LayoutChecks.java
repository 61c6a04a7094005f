package io.hopscope.testing.samples;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout rules a reader relies on: nested boxes (VPC > subnet > workload) with every child fully
 * inside its container, no overlaps except that nesting and gateways straddling their VPC's top edge,
 * AZs as columns with the public row on top, everything on the 20 px grid.
 */
final class LayoutChecks {

    /** Kinds the canvas draws as shapes; the rest show as badges (tables, NACLs, SGs) or lines (peering). */
    static final Set<ResourceKind> DRAWN = Set.of(ResourceKind.VPC, ResourceKind.SUBNET, ResourceKind.WORKLOAD,
            ResourceKind.INTERNET_GATEWAY, ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY, ResourceKind.NAT_GATEWAY,
            ResourceKind.VPC_ENDPOINT, ResourceKind.VPN_GATEWAY, ResourceKind.EXTERNAL, ResourceKind.TRANSIT_GATEWAY,
            ResourceKind.LOAD_BALANCER, ResourceKind.CUSTOMER_GATEWAY, ResourceKind.DIRECT_CONNECT_GATEWAY);

    private final NetworkModel m;
    private final Map<String, Shape> shapes;
    private final List<String> problems = new ArrayList<>();

    private LayoutChecks(Diagram diagram) {
        this.m = diagram.model();
        this.shapes = diagram.layout().shapes();
    }

    static List<String> check(Diagram diagram) {
        LayoutChecks c = new LayoutChecks(diagram);
        c.coverage();
        c.grid();
        c.nesting();
        c.overlaps();
        c.columnsAndRows();
        return c.problems;
    }

    /** The shape a resource is drawn inside: subnet for workloads, NAT and interface endpoints, VPC for subnets. */
    static String containerOf(NetworkModel m, Resource r) {
        if (r instanceof Subnet s) {
            return s.vpcId();
        }
        if (r instanceof Workload w) {
            return m.networkInterface(w.networkInterfaceIds().get(0)).subnetId();
        }
        if (r instanceof NatGateway n) {
            return n.subnetId();
        }
        if (r instanceof io.hopscope.model.LoadBalancer lb) {
            return m.networkInterface(lb.networkInterfaceIds().get(0)).subnetId();
        }
        if (r instanceof VpcEndpoint e && e.type() == EndpointType.INTERFACE) {
            return e.subnetIds().get(0);
        }
        return null;
    }

    /** The VPC whose top edge a gateway straddles, or null for resources that are not VPC gateways. */
    static String straddledVpc(Resource r) {
        if (r instanceof InternetGateway g) {
            return g.vpcId();
        }
        if (r instanceof EgressOnlyInternetGateway g) {
            return g.vpcId();
        }
        if (r instanceof VpnGateway g) {
            return g.vpcId();
        }
        return r instanceof VpcEndpoint e && e.type() == EndpointType.GATEWAY ? e.vpcId() : null;
    }

    private void coverage() {
        for (Resource r : m.allResources()) {
            boolean drawn = shapes.containsKey(r.id());
            expect(drawn == DRAWN.contains(r.kind()), r.id() + (drawn ? " needs no shape" : " has no shape"));
        }
        shapes.keySet().forEach(id -> expect(m.find(id).isPresent(), "shape for missing resource " + id));
    }

    private void grid() {
        for (Shape s : shapes.values()) {
            expect(onGrid(s.x()) && onGrid(s.y()) && onGrid(s.width()) && onGrid(s.height()) && s.x() >= 0
                    && s.y() >= 0, s.resourceId() + " is off the 20 px grid or off the canvas: " + s);
        }
    }

    private static boolean onGrid(double v) {
        return v % SampleCanvas.GRID == 0;
    }

    private void nesting() {
        for (Resource r : m.allResources()) {
            Shape s = shapes.get(r.id());
            String parent = containerOf(m, r);
            if (s == null || parent == null) {
                continue;
            }
            expect(shapes.containsKey(parent) && shapes.get(parent).contains(s),
                    r.id() + " is not fully inside its container " + parent);
            if (r.kind() != ResourceKind.SUBNET) {
                expect(s.width() == SampleCanvas.BOX_WIDTH && s.height() == SampleCanvas.BOX_HEIGHT,
                        r.id() + " is not a 140x60 box");
            }
        }
        for (Resource r : m.allResources()) {
            String vpcId = straddledVpc(r);
            Shape s = shapes.get(r.id());
            Shape vpc = vpcId == null ? null : shapes.get(vpcId);
            if (s != null && vpc != null) {
                expect(s.y() < vpc.y() && s.y() + s.height() > vpc.y() && s.x() >= vpc.x()
                        && s.x() + s.width() <= vpc.x() + vpc.width(), r.id() + " does not straddle its VPC's top edge");
            }
        }
    }

    private void overlaps() {
        List<String> ids = new ArrayList<>(shapes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (overlap(shapes.get(a), shapes.get(b)) && !nested(a, b) && !nested(b, a)
                        && !straddles(a, b) && !straddles(b, a)) {
                    problems.add(a + " overlaps " + b);
                }
            }
        }
    }

    private static boolean overlap(Shape a, Shape b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /** Whether {@code inner} is drawn (transitively) inside {@code outer}. */
    private boolean nested(String inner, String outer) {
        String p = m.find(inner).map(r -> containerOf(m, r)).orElse(null);
        while (p != null) {
            if (p.equals(outer)) {
                return true;
            }
            String current = p;
            p = m.find(current).map(r -> containerOf(m, r)).orElse(null);
        }
        return false;
    }

    private boolean straddles(String gateway, String vpc) {
        return m.find(gateway).map(LayoutChecks::straddledVpc).map(vpc::equals).orElse(false);
    }

    /** Within a VPC: one column per AZ (us-east-1a left), public subnets above private ones. */
    private void columnsAndRows() {
        for (Subnet s : m.subnets()) {
            for (Subnet t : m.subnetsOf(s.vpcId())) {
                Shape a = shapes.get(s.id());
                Shape b = shapes.get(t.id());
                if (s == t || a == null || b == null) {
                    continue;
                }
                int az = s.availabilityZone().compareTo(t.availabilityZone());
                expect(az == 0 ? a.x() == b.x() : (az < 0) == (a.x() < b.x()),
                        s.id() + " and " + t.id() + " are not in their AZ columns");
                if (m.isPublic(s.id()) && !m.isPublic(t.id())) {
                    expect(a.y() < b.y(), "public " + s.id() + " is not above private " + t.id());
                }
            }
        }
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
