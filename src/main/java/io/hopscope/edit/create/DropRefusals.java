package io.hopscope.edit.create;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import io.hopscope.text.Text;
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

    Optional<Text> refusal(NewResourceKind kind, DropTarget target) {
        return switch (kind.needs()) {
            case NOTHING -> target.vpcId() != null
                    ? Optional.of(Text.of("edit.drop.vpcInVpc"))
                    : FreeAddresses.nextVpcCidr(model).isEmpty()
                            ? Optional.of(Text.of("edit.drop.noVpcBlock")) : Optional.empty();
            case VPC -> refusalInVpc(kind, target);
            case SUBNET -> target.subnetId() == null
                    ? Optional.of(Text.of("edit.drop.intoSubnet", Text.of("edit.newKind.a." + kind.name())))
                    : model.subnet(target.subnetId()).cidr() == null
                            || FreeAddresses.freeIp(model, model.subnet(target.subnetId())).isEmpty()
                            ? Optional.of(Text.of("edit.drop.subnetFull", target.subnetId())) : Optional.empty();
            // A transit gateway is a Regional router: it lives beside the VPCs it joins, in none [TGW].
            case OUTSIDE -> target.vpcId() != null && kind == NewResourceKind.TRANSIT_GATEWAY
                    ? Optional.of(Text.of("edit.drop.tgwOutside"))
                    : target.vpcId() != null ? Optional.of(Text.of("edit.drop.outsideAws", Text.of("edit.newKind.the." + kind.name()))) : Optional.empty();
        };
    }

    private Optional<Text> refusalInVpc(NewResourceKind kind, DropTarget target) {
        if (target.vpcId() == null) {
            return Optional.of(Text.of("edit.drop.intoVpc", Text.of("edit.newKind.a." + kind.name())));
        }
        Vpc vpc = model.vpc(target.vpcId());
        if (kind == NewResourceKind.SUBNET) {
            if (target.subnetId() != null) {
                return Optional.of(Text.of("edit.drop.subnetNest"));
            }
            if (FreeAddresses.nextSubnetCidr(model, vpc).isEmpty()) {
                return Optional.of(Text.of("edit.drop.vpcFull", vpc.id()));
            }
        }
        // A VPC has at most one internet gateway attached [IGW].
        if (kind == NewResourceKind.INTERNET_GATEWAY
                && model.internetGateways().stream().anyMatch(g -> vpc.id().equals(g.vpcId()))) {
            return Optional.of(Text.of("edit.drop.igwExists", vpc.id()));
        }
        Optional<Text> hybrid = HybridCreation.refusal(model, kind, vpc);
        if (hybrid.isPresent()) {
            return hybrid;
        }
        if (kind == NewResourceKind.PEERING && peerFor(model, vpc).isEmpty()) {
            return Optional.of(Text.of("edit.drop.peerNeeded"));
        }
        if (kind == NewResourceKind.SECURITY_GROUP && target.workloadId() != null
                && model.workload(target.workloadId()).networkInterfaceIds().isEmpty()) {
            return Optional.of(Text.of("edit.drop.noInterface", target.workloadId()));
        }
        return Optional.empty();
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
