package io.hopscope.engine.index;

import io.hopscope.model.InterfaceType;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * The interfaces of a model by id, private and public address, the NAT gateway behind each NAT
 * interface, and the members of each security group: the lookups a hop makes for an address.
 */
final class InterfaceIndex {
    private final SpreadMap<String, NetworkInterface> eniById;
    private final SpreadMap<IpAddress, List<NetworkInterface>> enisByPrivateIp;
    private final SpreadMap<IpAddress, NetworkInterface> eniByPublicIp;
    private final SpreadMap<String, NatGateway> natByEni = new SpreadMap<>();
    private final SpreadMap<String, NetworkInterface> eniByNat = new SpreadMap<>();
    /** Every interface indexed, in order: what the member table is built from. */
    private final List<NetworkInterface> indexed = new ArrayList<>();
    /**
     * Security group id to its members' addresses, built once {@link #MEMBER_TABLE_AFTER} questions
     * have been asked: one trace asks a handful and answers each from the address's interfaces,
     * while exposure and matrix ask millions and need the table (10,000 interfaces' groups at quota
     * scale).
     */
    private volatile SpreadMap<String, SpreadMap<IpAddress, Boolean>> sgMembers;
    /** Questions asked before the table; a heuristic only, so racing threads may miscount. */
    private int memberQuestions;

    static final int MEMBER_TABLE_AFTER = 256;

    InterfaceIndex(NetworkModel model) {
        int enis = model.networkInterfaces().size() + model.natGateways().size();
        eniById = new SpreadMap<>(enis);
        enisByPrivateIp = new SpreadMap<>(enis);
        eniByPublicIp = new SpreadMap<>(enis);
        LongLoop.forEach(model.networkInterfaces(), this::addEni);
        LongLoop.forEach(model.natGateways(), this::indexNat);
    }

    private void addEni(NetworkInterface eni) {
        eniById.putIfAbsent(eni.id(), eni);
        for (IpAddress ip : eni.privateIps()) {
            enisByPrivateIp.computeIfAbsent(ip, k -> new ArrayList<>(1)).add(eni);
        }
        for (IpAddress ip : eni.ipv6Ips()) {
            enisByPrivateIp.computeIfAbsent(ip, k -> new ArrayList<>(1)).add(eni);
        }
        if (eni.publicIp() != null) {
            eniByPublicIp.putIfAbsent(eni.publicIp(), eni);
        }
        indexed.add(eni);
    }

    private SpreadMap<String, SpreadMap<IpAddress, Boolean>> memberTable() {
        SpreadMap<String, SpreadMap<IpAddress, Boolean>> table = new SpreadMap<>(64);
        for (NetworkInterface eni : indexed) {
            for (String sg : eni.securityGroupIds()) {
                SpreadMap<IpAddress, Boolean> members = table.computeIfAbsent(sg, k -> new SpreadMap<>());
                // [SGR] a group reference means "the private IP addresses" of the members.
                for (IpAddress ip : eni.privateIps()) {
                    members.put(ip, Boolean.TRUE);
                }
                for (IpAddress ip : eni.ipv6Ips()) {
                    members.put(ip, Boolean.TRUE);
                }
            }
        }
        return table;
    }

    /** A NAT gateway's interface: the model's ENI when present, else one built from the NAT's own fields. */
    private void indexNat(NatGateway nat) {
        NetworkInterface eni = nat.networkInterfaceId() == null ? null : eniById.get(nat.networkInterfaceId());
        if (eni == null && nat.privateIp() != null) {
            for (NetworkInterface candidate : enisByPrivateIp.getOrDefault(nat.privateIp(), List.of())) {
                if (nat.subnetId().equals(candidate.subnetId())) {
                    eni = candidate;
                }
            }
        }
        if (eni == null) {
            if (nat.privateIp() == null) {
                return;
            }
            String id = nat.networkInterfaceId() != null ? nat.networkInterfaceId() : nat.id();
            eni = new NetworkInterface(id, nat.name(), nat.subnetId(), InterfaceType.NAT_GATEWAY,
                    List.of(nat.privateIp()), nat.elasticIp(), List.of(), List.of(), "Interface for NAT Gateway " + nat.id());
            addEni(eni);
        }
        natByEni.put(eni.id(), nat);
        eniByNat.put(nat.id(), eni);
        if (nat.elasticIp() != null) {
            eniByPublicIp.putIfAbsent(nat.elasticIp(), eni);
        }
    }

    NetworkInterface eni(String id) {
        return eniById.get(id);
    }

    List<NetworkInterface> enisByPrivateIp(IpAddress ip) {
        return enisByPrivateIp.getOrDefault(ip, List.of());
    }

    private boolean holdsInGroup(String sgId, IpAddress ip) {
        if (sgId == null) {
            return false;
        }
        for (NetworkInterface eni : enisByPrivateIp(ip)) {
            if (eni.securityGroupIds().contains(sgId)) {
                return true;
            }
        }
        return false;
    }

    NetworkInterface eniByPublicIp(IpAddress ip) {
        return eniByPublicIp.get(ip);
    }

    NatGateway natOfEni(String eniId) {
        return natByEni.get(eniId);
    }

    NetworkInterface eniOfNat(String natId) {
        return eniByNat.get(natId);
    }

    /** Whether an interface in group {@code sgId} holds {@code ip} as a private (or IPv6) address. */
    boolean isSgMember(String sgId, IpAddress ip) {
        SpreadMap<String, SpreadMap<IpAddress, Boolean>> table = sgMembers;
        if (table == null) {
            if (memberQuestions++ < MEMBER_TABLE_AFTER) {
                return holdsInGroup(sgId, ip);
            }
            table = memberTable();
            sgMembers = table;
        }
        SpreadMap<IpAddress, Boolean> members = table.get(sgId);
        return members != null && members.get(ip) != null;
    }
}
