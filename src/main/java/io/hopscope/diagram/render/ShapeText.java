package io.hopscope.diagram.render;

import io.hopscope.diagram.autolayout.BoxSizes;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.stream.Collectors;

/** The role and the second line of text of a resource's box: what a person checks at a glance. */
final class ShapeText {

    private ShapeText() {
    }

    static StyleRole roleOf(NetworkModel model, Resource r) {
        if (r instanceof Vpc) {
            return StyleRole.VPC;
        }
        if (r instanceof Subnet s) {
            return model.isPublic(s.id()) ? StyleRole.SUBNET_PUBLIC : StyleRole.SUBNET_PRIVATE;
        }
        if (r instanceof Workload) {
            return StyleRole.WORKLOAD;
        }
        if (r instanceof NetworkInterface) {
            return StyleRole.INTERFACE;
        }
        if (r instanceof VpcEndpoint) {
            return StyleRole.ENDPOINT;
        }
        if (r instanceof ExternalEndpoint) {
            return StyleRole.EXTERNAL;
        }
        return StyleRole.GATEWAY;
    }

    /** The icon file of a resource's box, as the canvas picks it; null for interfaces and containers. */
    static String iconOf(Resource r) {
        if (r instanceof Workload w) {
            return w.workloadKind().wireName();
        }
        if (r instanceof NatGateway) {
            return "nat-gateway";
        }
        if (r instanceof InternetGateway) {
            return "internet-gateway";
        }
        if (r instanceof EgressOnlyInternetGateway) {
            return "egress-only-internet-gateway";
        }
        if (r instanceof VpnGateway) {
            return "vpn-gateway";
        }
        if (r instanceof VpcEndpoint) {
            return "vpc-endpoint";
        }
        if (r instanceof TransitGateway) {
            return "transit-gateway";
        }
        if (r instanceof ExternalEndpoint x) {
            return x.externalKind().wireName();
        }
        return null;
    }

    /**
     * Whether a leaf's texts go right of its box, as the canvas does: always for an external
     * endpoint (drawn as a small round tile), and for any box narrower than the smallest box the
     * auto-layout makes whose title would be cut.
     */
    static boolean captionBeside(Resource r, double width, double room) {
        if (r instanceof ExternalEndpoint) {
            return true;
        }
        return width < BoxSizes.SMALL_MIN_WIDTH && !BoxSizes.fit(r.label(), room).equals(r.label());
    }

    static String detailOf(NetworkModel model, Resource r) {
        if (r instanceof Vpc v) {
            return v.allCidrs().stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        if (r instanceof Subnet s) {
            String cidr = s.cidr() == null ? "" : s.cidr().toString();
            return (cidr + "  " + s.availabilityZone()).trim() + (model.isPublic(s.id()) ? "  public" : "  private");
        }
        if (r instanceof Workload w) {
            return w.workloadKind().wireName() + ip(firstIp(model, w));
        }
        if (r instanceof NetworkInterface eni) {
            return eni.type().wireName() + ip(eni.primaryIp());
        }
        if (r instanceof NatGateway n) {
            return "NAT" + ip(n.elasticIp() != null ? n.elasticIp() : n.privateIp());
        }
        if (r instanceof InternetGateway) {
            return "internet gateway";
        }
        if (r instanceof EgressOnlyInternetGateway) {
            return "egress-only internet gateway";
        }
        if (r instanceof VpnGateway) {
            return "VPN gateway";
        }
        if (r instanceof VpcEndpoint e) {
            return e.type().wireName() + " endpoint " + e.shortServiceName();
        }
        if (r instanceof ExternalEndpoint x) {
            String what = x.serviceName() != null && !x.serviceName().isEmpty() ? x.serviceName()
                    : x.cidrs().isEmpty() ? "" : x.cidrs().get(0).toString();
            return (x.externalKind().wireName() + " " + what).trim();
        }
        return r.kind().wireName();
    }

    private static IpAddress firstIp(NetworkModel model, Workload w) {
        for (String id : w.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(id);
            if (eni != null && eni.primaryIp() != null) {
                return eni.primaryIp();
            }
        }
        return null;
    }

    private static String ip(IpAddress a) {
        return a == null ? "" : " " + a;
    }
}
