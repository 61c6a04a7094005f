package io.hopscope.ui.inspector;

import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The security groups an interface may carry: those of its own VPC (AWS attaches only groups of
 * the interface's VPC), by name, which is unique within a VPC; the label adds the id when it differs.
 */
final class GroupChoices {

    private GroupChoices() {
    }

    static List<Choice> of(NetworkModel m, List<NetworkInterface> enis) {
        Set<String> vpcs = enis.stream().map(m::vpcIdOf).filter(Objects::nonNull).collect(Collectors.toSet());
        return m.securityGroups().stream().filter(g -> vpcs.isEmpty() || vpcs.contains(g.vpcId()))
                .map(g -> new Choice(g.label(), g.label().equals(g.id()) ? g.id() : g.label() + " (" + g.id() + ")"))
                .toList();
    }
}
