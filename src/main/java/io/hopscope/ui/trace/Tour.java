package io.hopscope.ui.trace;

import io.hopscope.diagram.SavedTrace;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import java.util.List;

/**
 * The built-in tour on the {@code ec2-to-rds} sample: stateful security groups, the stateless
 * NACL return trap, what makes a subnet public, and a custom NACL's final deny. Each step runs a
 * real trace through the engine and stops on the hop that shows the point; the words only explain.
 */
public final class Tour {

    /** The sample diagram the tour is written for, shipped in the jar. */
    public static final String SAMPLE_RESOURCE = "/io/hopscope/samples/ec2-to-rds.json";

    private static final SavedTrace MYSQL = new SavedTrace("web-1", "orders-db", Protocol.TCP, 3306, null);

    public static final List<TourStep> STEPS = List.of(
            new TourStep("stateful", MYSQL, true, ComponentKind.SECURITY_GROUP, Direction.EGRESS),
            new TourStep("naclTrap", MYSQL, true, ComponentKind.NETWORK_ACL, Direction.EGRESS),
            new TourStep("naclTrapBack", MYSQL, true, ComponentKind.NETWORK_ACL, Direction.INGRESS),
            new TourStep("public", new SavedTrace("internet-host", "web-1", Protocol.TCP, 443, null),
                    true, ComponentKind.ROUTE_TABLE, null),
            new TourStep("defaultDeny", new SavedTrace("web-1", "orders-db", Protocol.TCP, 22, null),
                    false, ComponentKind.NETWORK_ACL, Direction.EGRESS));

    private Tour() {
    }

    /** Whether the open diagram is (like) the sample: the tour's traces name its resources. */
    public static boolean fits(NetworkModel model) {
        boolean web = model.workloads().stream().anyMatch(w -> w.name().equals("web-1"));
        boolean db = model.find("orders-db").isPresent();
        return web && db && model.find("internet-host").isPresent();
    }

    /** Runs the step's trace and moves to its hop. */
    public static void show(TourStep step, TraceViewModel viewModel) {
        viewModel.runKept(step.question());
        viewModel.showHop(step.onReply(), step.kind(), step.direction());
    }
}
