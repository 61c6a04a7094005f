package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;

/** Deregisters a target (by id and port: one instance may be registered on several ports) [TGREG]. */
public record DeregisterTargetEdit(String targetGroupId, String targetId, Integer port) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.target.deregister", TargetEdits.name(new Target(targetId, port)), targetGroupId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        TargetGroup tg = TargetEdits.require(diagram, targetGroupId);
        int i = TargetEdits.indexOf(tg, targetId, port);
        if (i < 0) {
            throw new EditRefusal(Text.of("edit.refusal.notRegistered", targetId, tg.label()));
        }
        List<Target> targets = new ArrayList<>(tg.targets());
        targets.remove(i);
        return diagram.withModel(diagram.model().with(tg.withTargets(targets)));
    }
}
