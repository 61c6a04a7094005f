package io.hopscope.edit.paste;

import io.hopscope.text.Text;
import io.hopscope.edit.AddResourcesEdit;
import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.edit.fresh.FreshIds;

import io.hopscope.diagram.Shape;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pastes copies of copied resources with fresh ids, offset on the canvas. A copied subnet gets the
 * next free CIDR of its VPC and takes copies of its workloads along; a copied workload gets new
 * interfaces with free addresses (in the pasted subnet, or its own subnet), keeping its groups. An
 * address must lie in its subnet [ENI], so nothing keeps its old address. A copied VPC comes whole,
 * planned by {@link VpcCopyPlanner}; what is selected inside it is not pasted a second time.
 */
public final class PastePlanner {

    private final NetworkModel source;
    private final NetworkModel target;
    private final Map<String, Shape> boxes;
    private final double offset;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> newIds = new HashMap<>();
    private final List<Resource> created = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();
    private final Set<IpAddress> handedOut = new HashSet<>();
    private NetworkModel working;

    private PastePlanner(NetworkModel source, NetworkModel target, Map<String, Shape> boxes, double offset) {
        this.source = source;
        this.target = target;
        this.working = target;
        this.boxes = boxes;
        this.offset = offset;
    }

    /**
     * @param source  the model the ids were copied from (a snapshot: a cut deletes them from the document)
     * @param ids     the copied resource ids
     * @param boxes   where each copied resource was drawn, by id
     */
    public static CreatePlan plan(NetworkModel source, NetworkModel target, Set<String> ids, Map<String, Shape> boxes,
                                  double offset) {
        return paste(source, target, ids, boxes, boxes.values(), offset).plan();
    }

    /**
     * Like {@link #plan} with the sentence for the status bar and what to select; a copied VPC is
     * put where it overlaps none of the {@code occupied} boxes (everything drawn now).
     */
    public static PastePlan paste(NetworkModel source, NetworkModel target, Set<String> ids, Map<String, Shape> boxes,
                                  Collection<Shape> occupied, double offset) {
        return new PastePlanner(source, target, boxes, offset).planFor(ids, occupied);
    }

    private PastePlan planFor(Set<String> ids, Collection<Shape> occupied) {
        List<Text> skipped = new ArrayList<>();
        List<VpcCopy> vpcCopies = new ArrayList<>();
        // Selected VPCs are copied together, so a peering between two of them comes along.
        List<String> vpcIds = ids.stream().filter(id -> source.vpc(id) != null).toList();
        if (!vpcIds.isEmpty()) {
            VpcCopy copy = VpcCopyPlanner.plan(source, working, vpcIds, taken, boxes, occupied, offset);
            if (copy.isRefused()) {
                skipped.add(Text.of("edit.paste.skippedBecause", vpcIds, copy.refusal()));
            } else {
                addVpcCopy(copy);
                vpcCopies.add(copy);
            }
        }
        for (String id : ids) {
            Resource r = source.find(id).orElse(null);
            if (r instanceof Subnet s && !newIds.containsKey(id)) {
                if (!pasteSubnet(s)) {
                    skipped.add(Text.literal(id));
                }
            }
        }
        for (String id : ids) {
            Resource r = source.find(id).orElse(null);
            if (r instanceof Workload w && !newIds.containsKey(w.id())) {
                if (!pasteWorkload(w, null)) {
                    skipped.add(Text.literal(id));
                }
            } else if (r instanceof ExternalEndpoint e) {
                add(new ExternalEndpoint(id(e.id().replaceAll("-?[0-9a-f]*$", "") + "-"), e.name(), e.externalKind(),
                        e.cidrs(), e.serviceName(), e.prefixListId(), e.gatewayId()), e.id());
            }
        }
        if (created.isEmpty()) {
            return PastePlan.refused(skipped.isEmpty() ? Text.of("edit.paste.nothing")
                    : Text.of("edit.paste.nothingBut", skipped));
        }
        List<String> pastedIds = ids.stream().filter(newIds::containsKey).toList();
        String first = newIds.get(pastedIds.get(0));
        long others = pastedIds.stream().filter(id -> vpcCopies.stream().noneMatch(c -> c.copyOf().containsKey(id)))
                .count();
        AddResourcesEdit edit = AddResourcesEdit.described(PasteSummary.description(vpcCopies, others), created, shapes);
        List<String> dropped = vpcCopies.stream().flatMap(c -> c.dropped().stream()).toList();
        return new PastePlan(CreatePlan.of(edit, first), PasteSummary.message(vpcCopies, others, skipped),
                dropped, selection(vpcCopies), newIds);
    }

    /** Everything pasted that has a box, except what sits inside a copied VPC: the VPC stands for it. */
    private List<String> selection(List<VpcCopy> vpcCopies) {
        Set<String> inside = new HashSet<>();
        vpcCopies.forEach(c -> c.copyOf().values().stream().filter(id -> !c.vpcIds().contains(id)).forEach(inside::add));
        return shapes.stream().map(Shape::resourceId).filter(id -> !inside.contains(id)).toList();
    }

    private void addVpcCopy(VpcCopy copy) {
        NetworkModel.Builder b = working.toBuilder();
        copy.resources().forEach(b::put);
        working = b.build();
        created.addAll(copy.resources());
        shapes.addAll(copy.shapes());
        newIds.putAll(copy.copyOf());
        copy.resources().forEach(r -> taken.add(r.id()));
    }

    private boolean pasteSubnet(Subnet s) {
        Vpc vpc = target.vpc(s.vpcId());
        if (vpc == null) {
            return false;
        }
        Optional<io.hopscope.model.net.Cidr> cidr = FreeAddresses.nextSubnetCidr(working, vpc);
        if (cidr.isEmpty()) {
            return false;
        }
        Subnet copy = new Subnet(id("subnet-"), s.name(), s.vpcId(), cidr.get(), null, s.availabilityZone());
        add(copy, s.id());
        for (Workload w : source.workloads()) {
            boolean inside = w.networkInterfaceIds().stream().map(source::networkInterface)
                    .anyMatch(e -> e != null && s.id().equals(e.subnetId()));
            if (inside) {
                pasteWorkload(w, copy);
            }
        }
        for (NatGateway n : source.natGateways()) {
            if (s.id().equals(n.subnetId())) {
                add(new NatGateway(id("nat-"), n.name(), copy.id(), n.publicConnectivity(), ip(copy), null, null,
                        n.state()), n.id());
            }
        }
        return true;
    }

    private boolean pasteWorkload(Workload w, Subnet into) {
        List<String> enis = new ArrayList<>();
        List<NetworkInterface> copies = new ArrayList<>();
        for (String eniId : w.networkInterfaceIds()) {
            NetworkInterface eni = source.networkInterface(eniId);
            if (eni == null) {
                continue;
            }
            Subnet subnet = into != null ? into : target.subnet(eni.subnetId());
            if (subnet == null) {
                return false;
            }
            String copyId = id("eni-");
            List<String> groups = eni.securityGroupIds().stream().filter(g -> target.securityGroup(g) != null).toList();
            copies.add(new NetworkInterface(copyId, eni.name(), subnet.id(), eni.type(), List.of(ip(subnet)), null,
                    List.of(), groups, eni.description()));
            enis.add(copyId);
        }
        copies.forEach(c -> add(c, null));
        String prefix = w.id().startsWith("i-") ? "i-" : w.workloadKind().wireName() + "-";
        add(new Workload(id(prefix), w.name(), w.workloadKind(), enis, w.clientProfile()), w.id());
        return true;
    }

    private IpAddress ip(Subnet subnet) {
        IpAddress ip = FreeAddresses.freeIp(working, subnet, handedOut)
                .orElseThrow(() -> new IllegalStateException(subnet.id() + " has no free address"));
        handedOut.add(ip);
        return ip;
    }

    private void add(Resource copy, String originalId) {
        created.add(copy);
        working = working.with(copy);
        if (originalId != null) {
            newIds.put(originalId, copy.id());
            Shape box = boxes.get(originalId);
            if (box != null) {
                shapes.add(new Shape(copy.id(), box.x() + offset, box.y() + offset, box.width(), box.height()));
            }
        }
    }

    private String id(String prefix) {
        String id = FreshIds.next(target, prefix, taken);
        taken.add(id);
        return id;
    }
}
