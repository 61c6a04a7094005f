package io.hopscope.diagram.autolayout;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Vpc;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every VPC's block laid out at (0, 0), on two threads when the model is large: a 10,000-resource
 * plan's 20 VPCs took half of its layout, on one core while the other was idle. A block is laid
 * from its own subtree alone and writes the boxes of its own shapes only (a shape has one
 * container), so which thread lays which VPC changes no box: the second thread's boxes are added
 * to the map when it is done, and no reader of the map depends on its order.
 */
final class VpcBlocks {

    /** Below this many shapes a thread costs more than it saves (every diagram drawn by hand). */
    static final int MIN_SHAPES = 4000;

    private VpcBlocks() {
    }

    /**
     * The VPCs' boxes, in the order of {@code vpcs}; every shape inside them is in {@code boxes}.
     * Two threads when the tree has {@code minShapes} shapes ({@link #MIN_SHAPES}; tests force either way).
     */
    static List<Box> layOut(NetworkModel model, ShapeTree tree, Map<String, Box> boxes, List<Vpc> vpcs, int minShapes) {
        Box[] out = new Box[vpcs.size()];
        AtomicInteger next = new AtomicInteger();
        if (vpcs.size() < 2 || tree.drawableIds().size() < minShapes || Runtime.getRuntime().availableProcessors() < 2) {
            layOut(new VpcBlock(model, tree, boxes), vpcs, out, next);
            return Arrays.asList(out);
        }
        // About half of the shapes, sized once.
        Map<String, Box> secondBoxes = new HashMap<>(tree.drawableIds().size() * 2 / 3 + 1);
        FutureTask<Void> second = new FutureTask<>(() -> layOut(new VpcBlock(model, tree, secondBoxes), vpcs, out, next), null);
        Thread worker = new Thread(second, "layout-vpcs");
        worker.setDaemon(true);
        worker.start();
        layOut(new VpcBlock(model, tree, boxes), vpcs, out, next);
        join(second);
        boxes.putAll(secondBoxes);
        return Arrays.asList(out);
    }

    /** Takes the next VPC not taken by the other thread until none is left. */
    private static void layOut(VpcBlock block, List<Vpc> vpcs, Box[] out, AtomicInteger next) {
        for (int i = next.getAndIncrement(); i < vpcs.size(); i = next.getAndIncrement()) {
            out[i] = block.layoutVpc(vpcs.get(i));
        }
    }

    /** Waits for the second thread; what it threw is thrown here, as one thread would have. */
    private static void join(FutureTask<Void> second) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    second.get();
                    return;
                } catch (InterruptedException e) {
                    // The blocks it lays are needed: wait on, and keep the interrupt for the caller.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("laying out a VPC failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
