package io.hopscope.diagram.render;

import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines that show a load balancer across its subnets and through to its targets (rulebook 10):
 * a dashed node line from its card to each other subnet it has a node in (the node's address as the
 * label), and a target line from its card to each registered target that is drawn, labelled with the
 * listener, the target group and the port the node connects to ("HTTPS:443 → app-tg :8080"). A
 * Lambda function with interfaces in several subnets gets node lines too: its VpcConfig subnets [LVPC].
 */
final class LoadBalancerLinks {

    private static final double PARALLEL_GAP = 18;

    private final NetworkModel model;
    private final Map<String, Rect> boxes;

    LoadBalancerLinks(NetworkModel model, Map<String, Rect> boxes) {
        this.model = model;
        this.boxes = boxes;
    }

    void addTo(List<CanvasLink> links) {
        for (LoadBalancer lb : model.loadBalancers()) {
            Rect box = boxes.get(lb.id());
            if (box != null) {
                nodeLinks(links, lb.id(), box, lb.networkInterfaceIds());
                targetLinks(links, lb, box);
            }
        }
        for (Workload w : model.workloads()) {
            Rect box = boxes.get(w.id());
            if (box != null && w.workloadKind() == WorkloadKind.LAMBDA && w.networkInterfaceIds().size() > 1) {
                nodeLinks(links, w.id(), box, w.networkInterfaceIds());
            }
        }
    }

    /** A line to each subnet with a node, except the one the card is drawn in (where it stands for its node). */
    private void nodeLinks(List<CanvasLink> links, String ownerId, Rect box, List<String> eniIds) {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String eniId : eniIds) {
            NetworkInterface eni = model.networkInterface(eniId);
            Rect subnet = eni == null ? null : boxes.get(eni.subnetId());
            if (subnet == null || subnet.contains(box) || !done.add(eni.subnetId())) {
                continue;
            }
            String label = eni.primaryIp() == null ? "" : eni.primaryIp().toString();
            links.add(CanvasLink.between(null, LinkKind.LB_NODE, box, ownerId, boxes.get(eni.subnetId()),
                    eni.subnetId(), label, List.of()));
        }
    }

    private void targetLinks(List<CanvasLink> links, LoadBalancer lb, Rect box) {
        // One line per target group and target; the listeners forwarding to the group share it.
        Map<String, List<String>> listenersByGroup = new LinkedHashMap<>();
        for (Listener l : lb.listeners()) {
            if (l.forwards()) {
                for (String tg : l.targetGroupIds()) {
                    listenersByGroup.computeIfAbsent(tg, k -> new ArrayList<>()).add(l.protocol() + ":" + l.port());
                }
            }
        }
        Map<String, Integer> perTarget = new LinkedHashMap<>();
        List<CanvasLink> mine = new ArrayList<>();
        listenersByGroup.forEach((tgId, listeners) -> {
            TargetGroup tg = model.find(tgId).filter(TargetGroup.class::isInstance).map(TargetGroup.class::cast)
                    .orElse(null);
            if (tg == null) {
                return;
            }
            for (Target t : tg.targets()) {
                String shape = shapeOf(tg, t);
                if (shape == null || shape.equals(lb.id())) {
                    continue;
                }
                String label = String.join(", ", listeners) + " \u2192 " + tg.label() + " :" + t.portIn(tg);
                int n = perTarget.merge(shape, 1, Integer::sum) - 1;
                mine.add(CanvasLink.between(null, LinkKind.LB_TARGET, box, lb.id(), boxes.get(shape), shape, label,
                        List.of()).shiftedSideways(n * PARALLEL_GAP));
            }
        });
        links.addAll(mine);
    }

    /** The drawn shape of a target: the instance's card, or the card owning the interface with that address. */
    private String shapeOf(TargetGroup tg, Target t) {
        if (tg.targetType() == TargetType.INSTANCE) {
            return boxes.containsKey(t.id()) ? t.id() : null;
        }
        if (tg.targetType() != TargetType.IP || !IpAddress.isValid(t.id())) {
            return boxes.containsKey(t.id()) ? t.id() : null;
        }
        IpAddress ip = IpAddress.parse(t.id());
        for (NetworkInterface eni : model.networkInterfaces()) {
            if (eni.hasPrivateAddress(ip)) {
                Workload owner = model.ownerOf(eni.id());
                if (owner != null && boxes.containsKey(owner.id())) {
                    return owner.id();
                }
                return boxes.containsKey(eni.id()) ? eni.id() : null;
            }
        }
        return null;
    }
}
