package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.IpAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ENI's private addresses come from its subnet's blocks, and a private address belongs to one
 * ENI per VPC; the first four and the last address of an IPv4 subnet are AWS's own [RT reserved].
 */
public final class InterfaceAddressesRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        // Keyed by VPC, then by the address itself: a text key per address ("vpc|10.0.1.5") cost
        // a third of this rule at quota scale, most of it writing 10,000 addresses as text.
        Map<String, Map<IpAddress, NetworkInterface>> ownerByVpcAndIp = new HashMap<>();
        LongLoop.forEach(m.networkInterfaces(), eni -> addresses(m, f, eni, ownerByVpcAndIp));
    }

    private static void addresses(NetworkModel m, Findings f, NetworkInterface eni,
                                  Map<String, Map<IpAddress, NetworkInterface>> ownerByVpcAndIp) {
        Subnet s = m.subnet(eni.subnetId());
        if (s == null) {
            return; // reported by ReferencesRule
        }
        Map<IpAddress, NetworkInterface> owners = ownerByVpcAndIp.computeIfAbsent(s.vpcId(), k -> new HashMap<>());
        addresses(f, eni, s, ".privateIps", eni.privateIps(), owners);
        addresses(f, eni, s, ".ipv6Ips", eni.ipv6Ips(), owners);
    }

    @Override
    public String findingsName() {
        return "interface address problems";
    }

    private static void addresses(Findings f, NetworkInterface eni, Subnet s, String field,
                                  List<IpAddress> ips, Map<IpAddress, NetworkInterface> owners) {
        // A list of one address cannot repeat it: most interfaces have one, and need no set.
        Set<IpAddress> seen = ips.size() > 1 ? new HashSet<>() : null;
        boolean v4List = field.equals(".privateIps");
        for (int i = 0; i < ips.size(); i++) {
            IpAddress ip = ips.get(i);
            boolean repeated = seen != null && !seen.add(ip);
            if (v4List && !ip.isIpv4()) {
                f.error(eni, at(field, i), Text.of("check.eni.notIpv4", ip));
                continue;
            }
            if (!v4List && ip.isIpv4()) {
                f.error(eni, at(field, i), Text.of("check.eni.notIpv6", ip));
                continue;
            }
            if (!s.contains(ip)) {
                Object block = ip.isIpv4() ? s.cidr() : s.ipv6Cidr();
                f.error(eni, at(field, i), Text.of("check.eni.outsideSubnet", ip, Findings.described(eni),
                        s.label(), block == null ? Text.of("check.eni.noBlock", ip.version()) : block));
                continue;
            }
            if (ip.isIpv4() && reserved(s, ip)) {
                f.error(eni, at(field, i), Text.of("check.eni.reserved", ip, s.label()));
            }
            NetworkInterface other = owners.putIfAbsent(ip, eni);
            if (other != null && other != eni) {
                f.error(eni, at(field, i), Text.of("check.eni.usedTwice", ip, other.label(), eni.label()));
            } else if (other == eni && repeated) {
                f.error(eni, at(field, i), Text.of("check.eni.listedTwice", ip));
            }
        }
    }

    /** The field path of one address, written only for an address found at fault. */
    private static String at(String field, int i) {
        return field + "[" + i + "]";
    }

    private static boolean reserved(Subnet s, IpAddress ip) {
        long offset = ip.lo() - s.cidr().network().lo();
        return s.cidr().prefixLength() <= 28 && (offset < 4 || offset == s.cidr().size() - 1);
    }
}
