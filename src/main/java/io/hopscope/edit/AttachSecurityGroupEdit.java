package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches a security group to every interface of a workload: groups apply per ENI, and a
 * workload's rules are those of its interfaces' groups [SGR]. Only groups of the interface's own VPC
 * can be attached [SG].
 */
public record AttachSecurityGroupEdit(String securityGroupId, String workloadId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.attach", securityGroupId, workloadId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel model = diagram.model();
        SecurityGroup group = model.securityGroup(securityGroupId);
        Workload workload = model.workload(workloadId);
        if (group == null || workload == null) {
            throw new IllegalStateException("no security group " + securityGroupId + " or workload " + workloadId);
        }
        NetworkModel.Builder b = model.toBuilder();
        boolean changed = false;
        for (String eniId : workload.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni == null || eni.securityGroupIds().contains(securityGroupId)) {
                continue;
            }
            if (!group.vpcId().equals(model.vpcIdOf(eni))) {
                throw new EditRefusal(Text.of("edit.refusal.sgOtherVpc", securityGroupId, workloadId));
            }
            List<String> ids = new ArrayList<>(eni.securityGroupIds());
            ids.add(securityGroupId);
            b.put(eni.withSecurityGroupIds(ids));
            changed = true;
        }
        if (!changed) {
            throw new EditRefusal(Text.of("edit.refusal.alreadyHas", workloadId, securityGroupId));
        }
        return diagram.withModel(b.build());
    }
}
