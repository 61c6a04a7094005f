package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.util.Objects;

/** What the target group edits share: the lookup, and which targets AWS lets a group register [TGREG]. */
final class TargetEdits {

    private TargetEdits() {
    }

    static TargetGroup require(Diagram diagram, String targetGroupId) {
        return Lookup.require(diagram, targetGroupId, TargetGroup.class, "target group");
    }

    static int indexOf(TargetGroup tg, String targetId, Integer port) {
        for (int i = 0; i < tg.targets().size(); i++) {
            Target t = tg.targets().get(i);
            if (t.id().equals(targetId) && Objects.equals(t.port(), port)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The target as registered: an instance of the group's own VPC, or an IP address; an address
     * inside the VPC takes its subnet's zone, one outside it (a peered VPC, on premises) zone "all"
     * [TGREG]. Lambda and ALB targets are registered by the reader's word.
     */
    static Target registered(NetworkModel m, TargetGroup tg, Target t) {
        if (tg.targetType() == TargetType.INSTANCE) {
            Workload w = m.workload(t.id());
            if (w == null) {
                throw EditRefusal.invalid("edit.refusal.target.noInstance", t.id());
            }
            if (w.workloadKind() != WorkloadKind.EC2 && w.workloadKind() != WorkloadKind.BASTION) {
                throw EditRefusal.invalid("edit.refusal.target.notEc2", w.label());
            }
            String vpc = vpcOf(m, w);
            if (tg.vpcId() != null && vpc != null && !tg.vpcId().equals(vpc)) {
                throw EditRefusal.invalid("edit.refusal.target.otherVpc", w.label(), vpc, tg.label(), tg.vpcId());
            }
            return t;
        }
        if (tg.targetType() == TargetType.IP) {
            if (!IpAddress.isValid(t.id())) {
                throw EditRefusal.invalid("edit.refusal.target.notIp", t.id());
            }
            IpAddress ip = IpAddress.parse(t.id());
            String zone = "all";
            for (Subnet s : m.subnetsOf(tg.vpcId())) {
                if (s.contains(ip)) {
                    zone = s.availabilityZone();
                }
            }
            return new Target(ip.toString(), t.port(), zone, t.health());
        }
        return t;
    }

    static String vpcOf(NetworkModel m, Workload w) {
        for (String eniId : w.networkInterfaceIds()) {
            NetworkInterface eni = m.networkInterface(eniId);
            Subnet s = eni == null ? null : m.subnet(eni.subnetId());
            if (s != null) {
                return s.vpcId();
            }
        }
        return null;
    }

    static String name(Target t) {
        return t.port() == null ? t.id() : t.id() + ":" + t.port();
    }
}
