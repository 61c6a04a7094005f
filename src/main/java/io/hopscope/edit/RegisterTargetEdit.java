package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;

/** Registers a target (an instance of the group's VPC or an address, on a port) with a target group [TGREG]. */
public record RegisterTargetEdit(String targetGroupId, Target target) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.target.register", TargetEdits.name(target), targetGroupId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        TargetGroup tg = TargetEdits.require(diagram, targetGroupId);
        Target t = TargetEdits.registered(diagram.model(), tg, target);
        if (TargetEdits.indexOf(tg, t.id(), t.port()) >= 0) {
            throw new EditRefusal(Text.of("edit.refusal.registered", TargetEdits.name(t), tg.label()));
        }
        List<Target> targets = new ArrayList<>(tg.targets());
        targets.add(t);
        return diagram.withModel(diagram.model().with(tg.withTargets(targets)));
    }
}
