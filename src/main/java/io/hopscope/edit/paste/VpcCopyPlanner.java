package io.hopscope.edit.paste;

import io.hopscope.edit.create.NewResourcePlanner;
import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.text.Text;
import io.hopscope.edit.fresh.FreshIds;

import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a complete copy of a VPC (or of several, with the peerings between them) beside the original: its subnets, route tables (main flag and
 * associations), network ACLs (default one included), security groups, gateways, NAT gateways,
 * endpoints, interfaces and workloads, all with fresh ids. The copy gets free blocks of the same
 * sizes (the first free 10.N.0.0/16 for a /16, as a new VPC gets), and every address inside the old
 * blocks moves to the same offset in the new ones, so a trace in the copy meets the same rules as
 * the same trace in the original. A peering connection to a VPC that is not copied along stays
 * with the original: it joins exactly two VPCs.
 */
public final class VpcCopyPlanner {

    /** Space left between the original's boxes and the copy's. */
    static final double GAP = 4 * NewResourcePlanner.GRID;

    private final NetworkModel source;
    private final NetworkModel target;
    private final Set<String> taken;
    private final Map<String, String> copyOf = new LinkedHashMap<>();
    private final Set<IpAddress> publicIpsHandedOut = new HashSet<>();

    private VpcCopyPlanner(NetworkModel source, NetworkModel target, Set<String> taken) {
        this.source = source;
        this.target = target;
        this.taken = taken;
    }

    /**
     * @param source    the model the VPCs were copied from (a cut may have removed them from {@code target})
     * @param target    the model the copy goes into
     * @param vpcIds    the VPCs to copy; peerings between two of them are copied too
     * @param taken     ids already handed out by the same paste; the copy's ids are added to it
     * @param boxes     where the originals' resources were drawn, by id
     * @param occupied  every box drawn now: the copy is put where it overlaps none of them
     * @param offset    how far right of the originals to start looking for room (0 after a cut)
     */
    public static VpcCopy plan(NetworkModel source, NetworkModel target, List<String> vpcIds, Set<String> taken,
                               Map<String, Shape> boxes, Collection<Shape> occupied, double offset) {
        List<Vpc> vpcs = new ArrayList<>();
        for (String id : vpcIds) {
            Vpc vpc = source.vpc(id);
            if (vpc == null) {
                return VpcCopy.refused(Text.of("edit.paste.vpcGone", id));
            }
            vpcs.add(vpc);
        }
        if (vpcs.isEmpty()) {
            return VpcCopy.refused(Text.of("edit.paste.noVpc"));
        }
        return new VpcCopyPlanner(source, target, taken).copy(vpcs, boxes, occupied, offset);
    }

    private VpcCopy copy(List<Vpc> vpcs, Map<String, Shape> boxes, Collection<Shape> occupied, double offset) {
        CidrTranslation addresses = new CidrTranslation();
        List<Cidr> newBlocks = new ArrayList<>();
        for (Vpc vpc : vpcs) {
            for (Cidr block : vpc.allCidrs()) {
                Optional<Cidr> free = FreeAddresses.nextFreeBlock(target, block, newBlocks);
                if (free.isEmpty()) {
                    return VpcCopy.refused(Text.of("edit.paste.noFreeBlock", block.prefixLength(), vpc.label()));
                }
                newBlocks.add(free.get());
                addresses.map(block, free.get());
            }
        }
        List<Resource> members = VpcMembers.of(source, vpcs);
        for (Resource r : members) {
            copyOf.put(r.id(), freshId(r));
        }
        List<String> dropped = new ArrayList<>();
        VpcResourceCopier copier = new VpcResourceCopier(copyOf, addresses, this::nextPublicIp, dropped);
        List<Resource> copies = new ArrayList<>();
        for (Resource r : members) {
            copies.add(copier.copy(r));
        }
        List<Resource> copiedVpcs = copies.subList(0, vpcs.size());
        String label = String.join(", ", copiedVpcs.stream().map(Resource::label).toList());
        boolean allPlaced = vpcs.stream().allMatch(v -> boxes.containsKey(v.id()));
        return new VpcCopy(copiedVpcs.stream().map(Resource::id).toList(), label, copies,
                allPlaced ? shapes(members, boxes, occupied, offset) : List.of(), copyOf, dropped,
                copier.leftOutSummary(), null);
    }

    private Optional<IpAddress> nextPublicIp() {
        Optional<IpAddress> ip = FreeAddresses.freePublicIp(target, publicIpsHandedOut);
        ip.ifPresent(publicIpsHandedOut::add);
        return ip;
    }

    /**
     * The original's boxes, moved right as one block until they overlap nothing drawn, so the copy
     * reads as a sibling of the original and keeps its inner layout.
     */
    private List<Shape> shapes(List<Resource> members, Map<String, Shape> boxes, Collection<Shape> occupied,
                               double offset) {
        List<Shape> originals = members.stream().map(r -> boxes.get(r.id())).filter(b -> b != null).toList();
        double minX = originals.stream().mapToDouble(Shape::x).min().orElseThrow();
        double minY = originals.stream().mapToDouble(Shape::y).min().orElseThrow();
        double maxX = originals.stream().mapToDouble(s -> s.x() + s.width()).max().orElseThrow();
        double maxY = originals.stream().mapToDouble(s -> s.y() + s.height()).max().orElseThrow();
        double dx = Math.max(0, offset);
        for (int attempt = 0; attempt <= occupied.size(); attempt++) {
            double left = minX + dx;
            double right = maxX + dx;
            double blockedUntil = Double.NEGATIVE_INFINITY;
            for (Shape s : occupied) {
                if (s.x() < right && left < s.x() + s.width() && s.y() < maxY && minY < s.y() + s.height()) {
                    blockedUntil = Math.max(blockedUntil, s.x() + s.width());
                }
            }
            if (blockedUntil == Double.NEGATIVE_INFINITY) {
                break;
            }
            // The copy's left edge lands on the grid, as shapes the editor places do.
            dx = Math.ceil((blockedUntil + GAP) / NewResourcePlanner.GRID) * NewResourcePlanner.GRID - minX;
        }
        List<Shape> moved = new ArrayList<>();
        for (Resource r : members) {
            Shape box = boxes.get(r.id());
            if (box != null) {
                moved.add(new Shape(copyOf.get(r.id()), box.x() + dx, box.y(), box.width(), box.height()));
            }
        }
        return moved;
    }

    private String freshId(Resource r) {
        String prefix = r instanceof Workload w
                ? (w.id().startsWith("i-") ? "i-" : w.workloadKind().wireName() + "-")
                : r instanceof io.hopscope.model.LoadBalancer lb ? lb.type().shortName().toLowerCase(java.util.Locale.ROOT) + "-"
                : r instanceof io.hopscope.model.TargetGroup ? "tg-" : r.kind().idPrefix();
        String id = FreshIds.next(target, prefix, taken);
        taken.add(id);
        return id;
    }
}
