package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.IpAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ENI's private addresses come from its subnet's blocks, and a private address belongs to one
 * ENI per VPC; the first four and the last address of an IPv4 subnet are AWS's own [RT reserved].
 */
public final class InterfaceAddressesRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        Map<String, NetworkInterface> ownerByVpcAndIp = new HashMap<>();
        for (NetworkInterface eni : m.networkInterfaces()) {
            Subnet s = m.subnet(eni.subnetId());
            if (s == null) {
                continue; // reported by ReferencesRule
            }
            addresses(m, f, eni, s, ".privateIps", eni.privateIps(), ownerByVpcAndIp);
            addresses(m, f, eni, s, ".ipv6Ips", eni.ipv6Ips(), ownerByVpcAndIp);
        }
    }

    @Override
    public String findingsName() {
        return "interface address problems";
    }

    private static void addresses(NetworkModel m, Findings f, NetworkInterface eni, Subnet s, String field,
                                  List<IpAddress> ips, Map<String, NetworkInterface> owners) {
        java.util.Set<IpAddress> seen = new java.util.HashSet<>();
        for (int i = 0; i < ips.size(); i++) {
            IpAddress ip = ips.get(i);
            boolean repeated = !seen.add(ip);
            String at = field + "[" + i + "]";
            if (field.equals(".privateIps") && !ip.isIpv4()) {
                f.error(eni, at, Text.of("check.eni.notIpv4", ip));
                continue;
            }
            if (field.equals(".ipv6Ips") && ip.isIpv4()) {
                f.error(eni, at, Text.of("check.eni.notIpv6", ip));
                continue;
            }
            if (!s.contains(ip)) {
                Object block = ip.isIpv4() ? s.cidr() : s.ipv6Cidr();
                f.error(eni, at, Text.of("check.eni.outsideSubnet", ip, Findings.described(eni),
                        s.label(), block == null ? Text.of("check.eni.noBlock", ip.version()) : block));
                continue;
            }
            if (ip.isIpv4() && reserved(s, ip)) {
                f.error(eni, at, Text.of("check.eni.reserved", ip, s.label()));
            }
            NetworkInterface other = owners.putIfAbsent(s.vpcId() + "|" + ip, eni);
            if (other != null && other != eni) {
                f.error(eni, at, Text.of("check.eni.usedTwice", ip, other.label(), eni.label()));
            } else if (other == eni && repeated) {
                f.error(eni, at, Text.of("check.eni.listedTwice", ip));
            }
        }
    }

    private static boolean reserved(Subnet s, IpAddress ip) {
        long offset = ip.lo() - s.cidr().network().lo();
        return s.cidr().prefixLength() <= 28 && (offset < 4 || offset == s.cidr().size() - 1);
    }
}
