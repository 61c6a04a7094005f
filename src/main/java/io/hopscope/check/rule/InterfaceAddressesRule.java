package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
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
                f.error(eni, at, ip + " is not an IPv4 address (IPv6 addresses go in ipv6Ips)");
                continue;
            }
            if (field.equals(".ipv6Ips") && ip.isIpv4()) {
                f.error(eni, at, ip + " is not an IPv6 address");
                continue;
            }
            if (!s.contains(ip)) {
                Object block = ip.isIpv4() ? s.cidr() : s.ipv6Cidr();
                f.error(eni, at, "address " + ip + " of " + Findings.describe(eni) + " is outside its subnet "
                        + s.label() + " " + (block == null ? "(no IPv" + ip.version() + " block)" : block));
                continue;
            }
            if (ip.isIpv4() && reserved(s, ip)) {
                f.error(eni, at, "address " + ip + " is reserved by AWS in subnet " + s.label()
                        + " (the first four and the last address of a subnet)");
            }
            NetworkInterface other = owners.putIfAbsent(s.vpcId() + "|" + ip, eni);
            if (other != null && other != eni) {
                f.error(eni, at, "address " + ip + " is used by both " + other.label() + " and " + eni.label());
            } else if (other == eni && repeated) {
                f.error(eni, at, "address " + ip + " is listed twice");
            }
        }
    }

    private static boolean reserved(Subnet s, IpAddress ip) {
        long offset = ip.lo() - s.cidr().network().lo();
        return s.cidr().prefixLength() <= 28 && (offset < 4 || offset == s.cidr().size() - 1);
    }
}
