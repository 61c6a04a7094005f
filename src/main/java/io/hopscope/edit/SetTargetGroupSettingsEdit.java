package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;

/**
 * Sets a target group's protocol, port and target type. AWS fixes the target type at creation, so
 * here it changes only while no target is registered (the ids would mean something else) [TGREG].
 */
public record SetTargetGroupSettingsEdit(String targetGroupId, String protocol, Integer port, TargetType targetType)
        implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.targetGroupSettings", targetGroupId, protocol, String.valueOf(port), targetType.wireName());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        TargetGroup tg = TargetEdits.require(diagram, targetGroupId);
        if (targetType != tg.targetType() && !tg.targets().isEmpty()) {
            throw new EditRefusal(Text.of("edit.refusal.targetType", tg.label(),
                    tg.targetType().wireName(), targetType.wireName()));
        }
        TargetGroup changed = new TargetGroup(tg.id(), tg.name(), targetType, protocol, port, tg.vpcId(), tg.targets(),
                tg.preserveClientIp(), tg.crossZone());
        return diagram.withModel(diagram.model().with(changed));
    }
}
