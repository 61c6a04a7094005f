package io.hopscope.io.importing;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out diagram of an AWS import and what the import skipped or could not resolve;
 * {@code refusals} (also in {@code problems}) are the files or limits that refused the import:
 * when there is one, the diagram is incomplete and must not be saved as the account.
 */
public record AwsDiagramImport(Diagram diagram, List<Problem> problems, List<Problem> refusals) {

    public AwsDiagramImport {
        problems = List.copyOf(problems);
        refusals = List.copyOf(refusals);
    }

    public AwsDiagramImport(Diagram diagram, List<Problem> problems) {
        this(diagram, problems, List.of());
    }

    /** Whether a file or a limit refused the import (see {@link io.hopscope.io.aws.AwsImport#refused()}). */
    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** Whether anything at all was imported (no recognised describe-* output means nothing). */
    public boolean isEmpty() {
        return diagram.model().allResources().isEmpty();
    }

    /** "3 VPCs, 12 subnets, 40 workloads, ...": the counts a person checks against the console. */
    public String summary() {
        NetworkModel m = diagram.model();
        List<String> parts = new ArrayList<>();
        count(parts, m.vpcs().size(), "VPC", "VPCs");
        count(parts, m.subnets().size(), "subnet", "subnets");
        count(parts, m.workloads().size(), "workload", "workloads");
        count(parts, m.networkInterfaces().size(), "network interface", "network interfaces");
        count(parts, m.routeTables().size(), "route table", "route tables");
        count(parts, m.networkAcls().size(), "network ACL", "network ACLs");
        count(parts, m.securityGroups().size(), "security group", "security groups");
        int gateways = m.internetGateways().size() + m.egressOnlyInternetGateways().size() + m.natGateways().size()
                + m.vpnGateways().size();
        count(parts, gateways, "gateway", "gateways");
        count(parts, m.vpcEndpoints().size(), "VPC endpoint", "VPC endpoints");
        count(parts, m.peeringConnections().size(), "peering connection", "peering connections");
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0 || parts.isEmpty()) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
