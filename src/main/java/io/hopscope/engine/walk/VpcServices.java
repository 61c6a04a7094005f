package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * Link-local services every instance reaches without security groups or NACLs seeing the traffic:
 * the Route 53 Resolver at the VPC's base address + 2 and 169.254.169.253, the instance metadata
 * service, and Amazon Time Sync [CMP].
 */
final class VpcServices {
    private static final IpAddress METADATA = IpAddress.parse("169.254.169.254");
    private static final IpAddress DNS = IpAddress.parse("169.254.169.253");
    private static final IpAddress TIME_SYNC = IpAddress.parse("169.254.169.123");
    private static final IpAddress METADATA_V6 = IpAddress.parse("fd00:ec2::254");

    private VpcServices() {
    }

    /** The service at {@code ip} for an interface in {@code vpc}, or null when the address is no such service. */
    static String serviceAt(IpAddress ip, Vpc vpc) {
        if (ip.equals(METADATA) || ip.equals(METADATA_V6)) {
            return "the instance metadata service";
        }
        if (ip.equals(DNS)) {
            return "the Route 53 Resolver (Amazon DNS)";
        }
        if (ip.equals(TIME_SYNC)) {
            return "Amazon Time Sync";
        }
        if (vpc != null && !vpc.ipv4Cidrs().isEmpty()) {
            List<Cidr> cidrs = vpc.ipv4Cidrs();
            if (ip.equals(cidrs.get(0).addressAt(2))) {
                return "the Route 53 Resolver (Amazon DNS) at the VPC base address + 2";
            }
        }
        return null;
    }

    static Hop hop(String service, Packet p, boolean reply) {
        return Hop.at(ComponentKind.VPC_SERVICE, "vpc-dns-and-metadata", service).decided(Decision.FORWARD, p)
                .explained(Text.of(reply ? "service.reply" : "service.request", serviceText(service)));
    }

    /** The service's name in the reader's language; the hop's name keeps the English one. */
    private static Text serviceText(String service) {
        return switch (service) {
            case "the instance metadata service" -> Text.of("service.metadata");
            case "the Route 53 Resolver (Amazon DNS)" -> Text.of("service.dns");
            case "Amazon Time Sync" -> Text.of("service.timeSync");
            case "the Route 53 Resolver (Amazon DNS) at the VPC base address + 2" -> Text.of("service.dnsBasePlusTwo");
            default -> Text.literal(service);
        };
    }
}
