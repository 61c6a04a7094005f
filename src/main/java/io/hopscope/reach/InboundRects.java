package io.hopscope.reach;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inbound rules of a security group set and of a network ACL as {@link Rects}. A set's rules are
 * its groups' rules one group after the other, so each group's rectangles (a rule naming a group as
 * its peer stands for every member address) are built once and shared by every set that holds the
 * group: on the quota account each of 10,135 group sets is three of a few hundred groups.
 */
final class InboundRects {
    private final NetworkModel model;
    private final Map<String, Set<IpAddress>> members;
    private final Map<String, Rects> byGroup = new ConcurrentHashMap<>();

    /** {@code members}: the addresses of the interfaces in each group, by group id. */
    InboundRects(NetworkModel model, Map<String, Set<IpAddress>> members) {
        this.model = model;
        this.members = members;
    }

    Rects groups(List<String> groupIds) {
        List<Rects> parts = new ArrayList<>(groupIds.size());
        for (String id : groupIds) {
            parts.add(byGroup.computeIfAbsent(id, this::group));
        }
        return parts.isEmpty() ? new Rects.Builder().build() : Rects.concat(parts);
    }

    private Rects group(String id) {
        Rects.Builder b = new Rects.Builder();
        SecurityGroup g = model.securityGroup(id);
        for (SgRule r : g == null ? List.<SgRule>of() : g.inbound()) {
            if (r.peer().kind() == SgPeerKind.CIDR) {
                b.rule(r.protocol(), r.ports(), r.icmp(), r.peer().cidr());
            } else if (r.peer().kind() == SgPeerKind.PREFIX_LIST) {
                PrefixList p = model.prefixList(r.peer().refId());
                for (Cidr c : p == null ? List.<Cidr>of() : p.cidrs()) {
                    b.rule(r.protocol(), r.ports(), r.icmp(), c);
                }
            } else {
                for (IpAddress ip : members.getOrDefault(r.peer().refId(), Set.of())) {
                    b.rule(r.protocol(), r.ports(), r.icmp(), Cidr.host(ip));
                }
            }
        }
        return b.build();
    }

    Rects acl(String aclId) {
        Rects.Builder b = new Rects.Builder();
        NetworkAcl acl = model.networkAcl(aclId);
        for (AclEntry e : acl == null ? List.<AclEntry>of() : acl.entries()) {
            if (!e.egress()) {
                b.rule(e.protocol(), e.ports(), e.icmp(), e.cidr());
            }
        }
        return b.build();
    }
}
