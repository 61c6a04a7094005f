package io.hopscope.diagram.render;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Turns a diagram into a {@link DiagramPicture}: VPCs hold subnets, subnets hold workloads and NAT
 * gateways, gateways and endpoints sit on their VPC's edge, outside endpoints around it all.
 * Sizes are worked out bottom-up (a fallback subnet is as big as its cards need), positions
 * top-down, so a fallback child always lands inside the parent it belongs to.
 */
public final class DiagramPictureBuilder {

    public static final double VPC_HEADER = 52;
    public static final double VPC_PADDING = 32;
    public static final double SUBNET_HEADER = 44;
    public static final double SUBNET_PADDING = 16;
    public static final double CARD_WIDTH = 196;
    public static final double CARD_HEIGHT = 64;
    public static final double ICON_BOX = 48;
    private static final double TOP_LEVEL_GAP = 120;
    private static final double ROW_WIDTH = 1800;

    private final ResourceBundle messages;

    /** {@code messages}: the UI's bundle, for the words the canvas prints on shapes ("public"). */
    public DiagramPictureBuilder(ResourceBundle messages) {
        this.messages = messages;
    }

    /** A builder for pictures made without a window (the CLI's render, exports): the default language. */
    public static DiagramPictureBuilder headless() {
        return new DiagramPictureBuilder(ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.ROOT));
    }

    public DiagramPicture build(Diagram diagram) {
        return new Run(diagram, messages).build();
    }

    /** One build: the state of placing one diagram. */
    private static final class Run {
        private final NetworkModel model;
        private final Diagram diagram;
        private final ResourceBundle messages;
        private final FallbackPlacer placer = new FallbackPlacer();
        private final Map<String, Rect> boxes = new LinkedHashMap<>();
        private final Map<String, Boolean> fallback = new LinkedHashMap<>();
        private final Map<String, List<Resource>> cardsBySubnet = new LinkedHashMap<>();
        private final List<Resource> looseCards = new ArrayList<>();
        /** The parent key of top-level boxes (VPCs, and subnets whose VPC is missing). */
        private static final String ROOT = "";

        Run(Diagram diagram, ResourceBundle messages) {
            this.diagram = diagram;
            this.model = diagram.model();
            this.messages = messages;
        }

        DiagramPicture build() {
            sortCards();
            List<Subnet> topLevelSubnets = model.subnets().stream().filter(s -> model.vpc(s.vpcId()) == null).toList();
            placeLaidOut();
            placeVpcs(topLevelSubnets);
            placeSubnets();
            placeCards();
            EdgePlacement.placeGateways(model, boxes, fallback);
            new OutsidePlacement(model, boxes, fallback).place(contentBounds(), looseCards);
            return assemble();
        }

        /** Workloads and NAT gateways are cards inside the subnet of their (first) interface. */
        private void sortCards() {
            for (Workload w : model.workloads()) {
                Subnet s = subnetOf(w);
                if (s == null) {
                    looseCards.add(w);
                } else {
                    cardsBySubnet.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(w);
                }
            }
            for (NatGateway n : model.natGateways()) {
                if (model.subnet(n.subnetId()) == null) {
                    looseCards.add(n);
                } else {
                    cardsBySubnet.computeIfAbsent(n.subnetId(), k -> new ArrayList<>()).add(n);
                }
            }
        }

        private Subnet subnetOf(Workload w) {
            for (String eniId : w.networkInterfaceIds()) {
                NetworkInterface eni = model.networkInterface(eniId);
                if (eni != null && model.subnet(eni.subnetId()) != null) {
                    return model.subnet(eni.subnetId());
                }
            }
            return null;
        }

        private void placeLaidOut() {
            for (Resource r : model.allResources()) {
                Shape shape = diagram.layout().shape(r.id());
                if (shape != null && ResourceLook.of(model, r) != null) {
                    boxes.put(r.id(), Rect.of(shape));
                    fallback.put(r.id(), false);
                }
            }
            for (Vpc v : model.vpcs()) {
                occupyIfPlaced(ROOT, v.id());
            }
            for (Subnet s : model.subnets()) {
                occupyIfPlaced(model.vpc(s.vpcId()) == null ? ROOT : s.vpcId(), s.id());
            }
            cardsBySubnet.forEach((subnetId, cards) -> cards.forEach(c -> occupyIfPlaced(subnetId, c.id())));
            // An interface no workload owns is drawn only where the layout puts it; fallback cards keep clear.
            for (NetworkInterface eni : model.networkInterfaces()) {
                occupyIfPlaced(eni.subnetId(), eni.id());
            }
        }

        private void occupyIfPlaced(String parentKey, String id) {
            Rect box = boxes.get(id);
            if (box != null) {
                placer.occupy(parentKey, box);
            }
        }

        /**
         * Fallback VPCs (and subnets whose VPC is missing) go right of everything placed, in rows
         * no wider than {@link #ROW_WIDTH}, so a big import stays roughly as wide as it is tall.
         */
        private void placeVpcs(List<Subnet> topLevelSubnets) {
            double rowStartX = boxes.values().stream().mapToDouble(Rect::maxX).max().orElse(-TOP_LEVEL_GAP) + TOP_LEVEL_GAP;
            double x = rowStartX;
            double y = boxes.values().stream().mapToDouble(Rect::y).min().orElse(40);
            double rowBottom = y;
            List<Resource> topLevel = new ArrayList<>(model.vpcs());
            topLevel.addAll(topLevelSubnets);
            for (Resource r : topLevel) {
                if (!boxes.containsKey(r.id())) {
                    double[] size = r instanceof Vpc ? vpcSize((Vpc) r) : subnetSize(r.id());
                    if (x > rowStartX && x + size[0] > rowStartX + ROW_WIDTH) {
                        x = rowStartX;
                        y = rowBottom + TOP_LEVEL_GAP;
                    }
                    Rect box = new Rect(x, y, size[0], size[1]);
                    put(r.id(), box, true);
                    placer.occupy(ROOT, box);
                    x = box.maxX() + TOP_LEVEL_GAP;
                    rowBottom = Math.max(rowBottom, box.maxY());
                }
            }
        }

        private double[] vpcSize(Vpc vpc) {
            List<double[]> sizes = new ArrayList<>();
            for (Subnet s : model.subnetsOf(vpc.id())) {
                if (!boxes.containsKey(s.id())) {
                    sizes.add(subnetSize(s.id()));
                }
            }
            return FallbackPlacer.containerSize(sizes, 2, VPC_HEADER, VPC_PADDING, 360, 220);
        }

        private double[] subnetSize(String subnetId) {
            Rect laidOut = boxes.get(subnetId);
            if (laidOut != null) {
                return new double[] {laidOut.width(), laidOut.height()};
            }
            List<double[]> sizes = new ArrayList<>();
            for (Resource c : cardsBySubnet.getOrDefault(subnetId, List.of())) {
                if (!boxes.containsKey(c.id())) {
                    sizes.add(new double[] {CARD_WIDTH, CARD_HEIGHT});
                }
            }
            return FallbackPlacer.containerSize(sizes, 3, SUBNET_HEADER, SUBNET_PADDING, 240, 130);
        }

        private void placeSubnets() {
            for (Subnet s : model.subnets()) {
                Rect vpcBox = boxes.get(s.vpcId());
                if (boxes.containsKey(s.id()) || vpcBox == null) {
                    continue;
                }
                double[] size = subnetSize(s.id());
                put(s.id(), placer.place(s.vpcId(), vpcBox, inset(vpcBox, VPC_HEADER, VPC_PADDING), size[0], size[1]), true);
            }
        }

        private void placeCards() {
            cardsBySubnet.forEach((subnetId, cards) -> {
                Rect subnetBox = boxes.get(subnetId);
                for (Resource c : cards) {
                    if (!boxes.containsKey(c.id())) {
                        Rect content = inset(subnetBox, SUBNET_HEADER, SUBNET_PADDING);
                        put(c.id(), placer.place(subnetId, subnetBox, content, CARD_WIDTH, CARD_HEIGHT), true);
                    }
                }
            });
        }

        private static Rect inset(Rect box, double header, double padding) {
            return new Rect(box.x() + padding, box.y() + header, Math.max(0, box.width() - 2 * padding),
                    Math.max(0, box.height() - header - padding));
        }

        private void put(String id, Rect box, boolean isFallback) {
            boxes.put(id, box);
            fallback.put(id, isFallback);
        }

        /** Everything placed so far and the notes, so outside items keep clear of both. */
        private Rect contentBounds() {
            Rect bounds = boxes.values().stream().reduce(Rect::union).orElse(null);
            for (Note n : diagram.layout().notes()) {
                Rect r = new Rect(n.x(), n.y(), n.width(), n.height());
                bounds = bounds == null ? r : bounds.union(r);
            }
            return bounds == null ? new Rect(0, 0, 0, 0) : bounds;
        }

        private DiagramPicture assemble() {
            PictureAssembler assembler = new PictureAssembler(model, messages, boxes, fallback, cardsBySubnet);
            List<CanvasItem> items = assembler.items();
            for (Note note : diagram.layout().notes()) {
                items.add(assembler.note(note));
            }
            List<CanvasLink> links = assembler.links();
            Rect bounds = items.stream().map(CanvasItem::bounds).reduce(Rect::union).orElse(new Rect(0, 0, 0, 0));
            return new DiagramPicture(items, links, bounds);
        }
    }
}
