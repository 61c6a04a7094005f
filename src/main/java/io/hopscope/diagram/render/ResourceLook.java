package io.hopscope.diagram.render;

import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How one kind of resource is drawn, in every picture: the {@link ItemKind} that picks its skin and
 * placement, its {@link StyleRole} (colours), its icon, its style classes, the line under its name
 * on the canvas ({@code detail}: the addresses a person checks a trace against) and the line an
 * exported picture prints instead ({@code summary}: it names the kind too, as a picture has no
 * inspector to ask). This is the one place a new kind of resource gets its look; {@link #of}
 * returns null for kinds drawn as badges, lines or not at all.
 *
 * @param order drawing order among items (containers first): the canvas's layers and z-order
 */
public record ResourceLook(ItemKind kind, StyleRole role, String icon, List<String> styleClasses, String detail,
                           String summary, int order) {

    private static final String SEP = " · ";

    public ResourceLook {
        styleClasses = List.copyOf(styleClasses);
    }

    /** The look of {@code r} with English words (the command line's pictures), or null when it has no item of its own. */
    public static ResourceLook of(NetworkModel model, Resource r) {
        return of(model, r, EnglishWords.BUNDLE);
    }

    /**
     * The look of {@code r}, or null when it has no item of its own. {@code words}: the UI's bundle,
     * for the words printed on cards and in exported pictures (a load balancer's scheme, a gateway's kind).
     */
    public static ResourceLook of(NetworkModel model, Resource r, ResourceBundle words) {
        if (r instanceof Vpc v) {
            String cidrs = v.allCidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
            return new ResourceLook(ItemKind.VPC, StyleRole.VPC, null, List.of(),
                    v.region().isEmpty() ? cidrs : cidrs + SEP + v.region(), cidrs, 0);
        }
        if (r instanceof Subnet s) {
            // Public or private is derived from the route table, never stored [IGW][RT].
            boolean isPublic = model.isPublic(s.id());
            String cidr = s.cidr() == null ? "" : s.cidr().toString();
            return new ResourceLook(ItemKind.SUBNET, isPublic ? StyleRole.SUBNET_PUBLIC : StyleRole.SUBNET_PRIVATE, null,
                    List.of(isPublic ? "subnet-public" : "subnet-private"), subnetDetail(s),
                    (cidr + "  " + s.availabilityZone()).trim() + "  "
                    + words.getString(isPublic ? "canvas.tag.public" : "canvas.tag.private"), 1);
        }
        if (r instanceof Workload w) {
            String kind = w.workloadKind().wireName();
            NetworkInterface eni = firstAddressed(model, w);
            String detail = eni == null ? "" : eni.publicIp() == null ? eni.primaryIp().toString()
                    : eni.primaryIp() + SEP + eni.publicIp();
            return new ResourceLook(ItemKind.WORKLOAD, StyleRole.WORKLOAD, kind, List.of("workload-" + kind), detail,
                    kind + ip(eni == null ? null : eni.primaryIp()), 2);
        }
        if (r instanceof LoadBalancer lb) {
            // A card in the subnet of its first node, its groups as badges (rulebook 10); the scheme in the words of
            // AWS's console for the UI's language (internet-facing / internal, 인터넷 경계 / 내부).
            String scheme = words.getString(lb.internal() ? "canvas.lb.internal" : "canvas.lb.internetFacing");
            String listeners = lb.listeners().stream().map(l -> l.protocol() + ":" + l.port())
                    .collect(Collectors.joining(", "));
            return new ResourceLook(ItemKind.WORKLOAD, StyleRole.WORKLOAD, "load-balancer",
                    List.of("workload-load-balancer"), lb.type().shortName() + SEP + scheme
                    + (listeners.isEmpty() ? "" : SEP + listeners), lb.type().shortName() + " " + scheme, 2);
        }
        if (r instanceof NetworkInterface eni) {
            if (model.ownerOf(eni.id()) != null
                    || model.natGateways().stream().anyMatch(n -> eni.id().equals(n.networkInterfaceId()))) {
                return null; // drawn as its workload or NAT gateway
            }
            return new ResourceLook(ItemKind.INTERFACE, StyleRole.INTERFACE, null,
                    List.of("interface-" + eni.type().wireName()),
                    eni.primaryIp() == null ? "" : eni.primaryIp().toString(), eni.type().wireName() + ip(eni.primaryIp()), 2);
        }
        if (r instanceof NatGateway n) {
            IpAddress shown = n.elasticIp() != null ? n.elasticIp() : n.privateIp();
            List<String> classes = withAvailability(List.of("nat-gateway", n.publicConnectivity() ? "nat-public"
                    : "nat-private"), n.isAvailable());
            return new ResourceLook(ItemKind.GATEWAY, StyleRole.GATEWAY, "nat-gateway", classes,
                    shown == null ? "" : shown.toString(), "NAT" + ip(shown), 3);
        }
        if (r instanceof InternetGateway) {
            return edgeGateway("internet-gateway", words.getString("canvas.summary.internetGateway"), 4);
        }
        if (r instanceof EgressOnlyInternetGateway) {
            return edgeGateway("egress-only-internet-gateway", words.getString("canvas.summary.egressOnlyInternetGateway"), 5);
        }
        if (r instanceof VpnGateway) {
            return edgeGateway("vpn-gateway", words.getString("canvas.summary.vpnGateway"), 6);
        }
        if (r instanceof TransitGateway g) {
            // Drawn outside the VPCs, between those it joins (auto-layout); its attachments and tables live in the inspector.
            long attached = model.transitAttachments().stream().filter(a -> g.id().equals(a.transitGatewayId())).count();
            return new ResourceLook(ItemKind.GATEWAY, StyleRole.GATEWAY, "transit-gateway", List.of("transit-gateway"),
                    MessageFormat.format(words.getString("canvas.tgw.attachments"), attached, Long.toString(attached)),
                    words.getString("canvas.summary.transitGateway"), 6);
        }
        if (r instanceof VpcEndpoint e) {
            List<String> classes = withAvailability(List.of("vpc-endpoint", "endpoint-" + e.type().wireName()),
                    "available".equals(e.state()));
            return new ResourceLook(ItemKind.GATEWAY, StyleRole.ENDPOINT, "vpc-endpoint", classes,
                    e.shortServiceName() + SEP + words.getString("canvas.endpoint." + e.type().wireName()),
                    MessageFormat.format(words.getString("canvas.summary.endpoint." + e.type().wireName()),
                            e.shortServiceName()), 7);
        }
        if (r instanceof ExternalEndpoint x) {
            String kind = x.externalKind().wireName();
            String addresses = x.cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
            String what = x.serviceName() != null && !x.serviceName().isEmpty() ? x.serviceName()
                    : x.cidrs().isEmpty() ? "" : x.cidrs().get(0).toString();
            return new ResourceLook(ItemKind.EXTERNAL, StyleRole.EXTERNAL, kind, List.of("external-" + kind),
                    !x.cidrs().isEmpty() ? addresses : x.serviceName() == null ? "" : x.serviceName(),
                    (kind + " " + what).trim(), 8);
        }
        if (r instanceof io.hopscope.model.HybridResource h) {
            return HybridLook.of(model, h, words);
        }
        return null;
    }

    /** The canvas's tag on a subnet's header ("public", "private"), from the UI's bundle. */
    static String subnetTag(ResourceBundle messages, ResourceLook look) {
        return messages.getString(look.role() == StyleRole.SUBNET_PUBLIC ? "canvas.tag.public" : "canvas.tag.private");
    }

    /** The UI bundle's English, looked up once: the words of pictures drawn without a UI language. */
    private static final class EnglishWords {
        static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.ROOT);
    }

    /** The look of a note: yellow paper with its text. */
    static ResourceLook note() {
        return new ResourceLook(ItemKind.NOTE, StyleRole.NOTE, null, List.of(), "", "", 9);
    }

    private static ResourceLook edgeGateway(String icon, String summary, int order) {
        return new ResourceLook(ItemKind.GATEWAY, StyleRole.GATEWAY, icon, List.of(icon), "", summary, order);
    }

    private static String subnetDetail(Subnet s) {
        List<String> parts = new ArrayList<>();
        if (s.cidr() != null) {
            parts.add(s.cidr().toString());
        }
        if (s.ipv6Cidr() != null) {
            parts.add(s.ipv6Cidr().toString());
        }
        if (!s.availabilityZone().isEmpty()) {
            parts.add(s.availabilityZone());
        }
        return String.join(SEP, parts);
    }

    /** The workload's first interface with a primary address: its addresses are the workload's. */
    private static NetworkInterface firstAddressed(NetworkModel model, Workload w) {
        for (String eniId : w.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni != null && eni.primaryIp() != null) {
                return eni;
            }
        }
        return null;
    }

    /** NAT gateways and endpoints that are not "available" pass nothing [NAT][GWE]: drawn faded. */
    private static List<String> withAvailability(List<String> classes, boolean available) {
        if (available) {
            return classes;
        }
        List<String> all = new ArrayList<>(classes);
        all.add("unavailable");
        return all;
    }

    private static String ip(IpAddress a) {
        return a == null ? "" : " " + a;
    }
}
