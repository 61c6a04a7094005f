package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the port a registered target receives on ({@code newPort} null: the target group's port): the
 * port the load balancer's node connects to, which the target's groups must admit [TGREG].
 */
public record SetTargetPortEdit(String targetGroupId, String targetId, Integer oldPort, Integer newPort) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.targetPort", targetId, targetGroupId,
                newPort == null ? Text.of("edit.targetPort.groupPort") : String.valueOf(newPort));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        TargetGroup tg = TargetEdits.require(diagram, targetGroupId);
        int i = TargetEdits.indexOf(tg, targetId, oldPort);
        if (i < 0) {
            throw EditRefusal.of("edit.refusal.notRegistered", targetId, tg.label());
        }
        if (TargetEdits.indexOf(tg, targetId, newPort) >= 0 && !java.util.Objects.equals(oldPort, newPort)) {
            throw EditRefusal.of("edit.refusal.alreadyRegistered", TargetEdits.name(new Target(targetId, newPort)));
        }
        Target t = tg.targets().get(i);
        List<Target> targets = new ArrayList<>(tg.targets());
        targets.set(i, new Target(t.id(), newPort, t.availabilityZone(), t.health()));
        return diagram.withModel(diagram.model().with(tg.withTargets(targets)));
    }
}
