package io.hopscope.edit.create;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import java.util.Optional;

/**
 * Why a palette drop may not go where it was dropped, in the words the status bar shows: a VPC
 * inside a VPC, a workload outside a subnet, a second internet gateway, no free block or address
 * left. {@link NewResourcePlanner} asks this first and creates nothing when it answers.
 */
final class DropRefusals {

    private final NetworkModel model;

    DropRefusals(NetworkModel model) {
        this.model = model;
    }

    Optional<String> refusal(NewResourceKind kind, DropTarget target) {
        return switch (kind.needs()) {
            case NOTHING -> target.vpcId() != null
                    ? Optional.of("A VPC cannot go inside another VPC: drop it on empty canvas.")
                    : FreeAddresses.nextVpcCidr(model).isEmpty()
                            ? Optional.of("No free 10.N.0.0/16 block is left for a new VPC.") : Optional.empty();
            case VPC -> refusalInVpc(kind, target);
            case SUBNET -> target.subnetId() == null
                    ? Optional.of(capitalised(kind.withArticle()) + " must be dropped into a subnet.")
                    : model.subnet(target.subnetId()).cidr() == null
                            || FreeAddresses.freeIp(model, model.subnet(target.subnetId())).isEmpty()
                            ? Optional.of("Subnet " + target.subnetId() + " has no free address left.") : Optional.empty();
            // A transit gateway is a Regional router: it lives beside the VPCs it joins, in none [TGW].
            case OUTSIDE -> target.vpcId() != null && kind == NewResourceKind.TRANSIT_GATEWAY
                    ? Optional.of("A transit gateway joins VPCs from outside them: drop it on empty canvas.")
                    : target.vpcId() != null ? Optional.of("The " + kind.label() + " is outside AWS: drop it outside every VPC.") : Optional.empty();
        };
    }

    private Optional<String> refusalInVpc(NewResourceKind kind, DropTarget target) {
        if (target.vpcId() == null) {
            return Optional.of(capitalised(kind.withArticle()) + " must be dropped into a VPC.");
        }
        Vpc vpc = model.vpc(target.vpcId());
        if (kind == NewResourceKind.SUBNET) {
            if (target.subnetId() != null) {
                return Optional.of("Subnets do not nest: drop the subnet on free VPC space.");
            }
            if (FreeAddresses.nextSubnetCidr(model, vpc).isEmpty()) {
                return Optional.of(vpc.id() + " has no free /24 left.");
            }
        }
        // A VPC has at most one internet gateway attached [IGW].
        if (kind == NewResourceKind.INTERNET_GATEWAY
                && model.internetGateways().stream().anyMatch(g -> vpc.id().equals(g.vpcId()))) {
            return Optional.of(vpc.id() + " already has an internet gateway.");
        }
        Optional<String> hybrid = HybridCreation.refusal(model, kind, vpc);
        if (hybrid.isPresent()) {
            return hybrid;
        }
        if (kind == NewResourceKind.PEERING && peerFor(model, vpc).isEmpty()) {
            return Optional.of("Peering needs a second VPC whose CIDRs do not overlap and that is not peered yet.");
        }
        if (kind == NewResourceKind.SECURITY_GROUP && target.workloadId() != null
                && model.workload(target.workloadId()).networkInterfaceIds().isEmpty()) {
            return Optional.of(target.workloadId() + " has no network interface to attach a group to.");
        }
        return Optional.empty();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The first other VPC that is not peered with {@code vpc} yet and whose blocks do not overlap [PCX]. */
    static Optional<Vpc> peerFor(NetworkModel model, Vpc vpc) {
        return model.vpcs().stream()
                .filter(o -> !o.id().equals(vpc.id()))
                .filter(o -> model.peeringConnections().stream().noneMatch(p -> o.id().equals(p.peerOf(vpc.id()))))
                .filter(o -> o.ipv4Cidrs().stream().noneMatch(c -> vpc.ipv4Cidrs().stream().anyMatch(c::overlaps)))
                .findFirst();
    }
}
