package io.hopscope.model;

import io.hopscope.model.net.IpAddress;
import java.util.List;

/**
 * An ENI: its subnet, private IPv4 addresses (primary first), optional public or elastic IPv4,
 * IPv6 addresses and the security groups whose rules are aggregated on it [SGR].
 * {@code sourceDestCheck} (true by default [SDC]) decides what a route to this interface does: with
 * it on, a packet not addressed to the interface is dropped; with it off, it is an appliance whose
 * forwarding the model does not know (rulebook 12).
 */
public record NetworkInterface(String id, String name, String subnetId, InterfaceType type,
                               List<IpAddress> privateIps, IpAddress publicIp, List<IpAddress> ipv6Ips,
                               List<String> securityGroupIds, String description, boolean sourceDestCheck)
        implements Resource {

    public NetworkInterface(String id, String name, String subnetId, InterfaceType type, List<IpAddress> privateIps,
                            IpAddress publicIp, List<IpAddress> ipv6Ips, List<String> securityGroupIds,
                            String description) {
        this(id, name, subnetId, type, privateIps, publicIp, ipv6Ips, securityGroupIds, description, true);
    }

    public NetworkInterface {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        type = type == null ? InterfaceType.OTHER : type;
        privateIps = List.copyOf(privateIps);
        ipv6Ips = List.copyOf(ipv6Ips);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    public IpAddress primaryIp() {
        return privateIps.isEmpty() ? null : privateIps.get(0);
    }

    /** Whether {@code address} is one of this interface's private IPv4 or IPv6 addresses. */
    public boolean hasPrivateAddress(IpAddress address) {
        return privateIps.contains(address) || ipv6Ips.contains(address);
    }

    public NetworkInterface withSecurityGroupIds(List<String> ids) {
        return new NetworkInterface(id, name, subnetId, type, privateIps, publicIp, ipv6Ips, ids, description, sourceDestCheck);
    }

    public NetworkInterface withPrivateIps(List<IpAddress> ips) {
        return new NetworkInterface(id, name, subnetId, type, ips, publicIp, ipv6Ips, securityGroupIds, description, sourceDestCheck);
    }

    public NetworkInterface withSubnet(String newSubnetId, List<IpAddress> ips) {
        return new NetworkInterface(id, name, newSubnetId, type, ips, publicIp, ipv6Ips, securityGroupIds, description, sourceDestCheck);
    }

    public NetworkInterface withSourceDestCheck(boolean check) {
        return new NetworkInterface(id, name, subnetId, type, privateIps, publicIp, ipv6Ips, securityGroupIds, description,
                check);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.NETWORK_INTERFACE;
    }
}
