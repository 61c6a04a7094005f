package io.hopscope.io.aws;

import io.hopscope.check.Problem;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsInstance;
import io.hopscope.io.aws.describe.AwsNetworkInterface;
import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports a directory of AWS CLI {@code describe-*} JSON (Region sub-folders included) in two
 * stages: {@link AwsDescribeReader} binds the files to plain describe records, then the converters
 * map those into the {@link io.hopscope.model.NetworkModel}, checking every reference. It never
 * throws for bad content, and not for an unreadable directory either: that is an ERROR problem
 * with an empty model.
 */
public final class AwsImporter {

    private AwsImporter() {
    }

    public static AwsImport importDirectory(Path dir) {
        return importDirectory(dir, AwsDescribeReader.DEFAULT_MAX_FILE_BYTES);
    }

    /** As {@link #importDirectory(Path)} with a per-file size cap in bytes. */
    public static AwsImport importDirectory(Path dir, long maxFileBytes) {
        AwsSnapshot snapshot = new AwsDescribeReader(maxFileBytes).read(dir);
        return convert(snapshot);
    }

    /** Stage two alone, for a snapshot already read. */
    public static AwsImport convert(AwsSnapshot snapshot) {
        return convert(snapshot, true);
    }

    /** {@code concurrent} false runs every pass on the calling thread: the yardstick of the tests. */
    static AwsImport convert(AwsSnapshot snapshot, boolean concurrent) {
        try (SecondCore core = concurrent ? SecondCore.start(SecondCore.SPLIT_FROM) : SecondCore.none()) {
            return convert(snapshot, core);
        }
    }

    static AwsImport convert(AwsSnapshot snapshot, SecondCore core) {
        ImportContext ctx = new ImportContext(snapshot.size());
        // Order matters: each step only references resources converted before it.
        new NetworkConverter(snapshot, ctx).convert();
        new HybridConverter(snapshot, ctx).convert();
        TransitConverter transit = new TransitConverter(snapshot, ctx);
        transit.convert();
        transit.finish(new TransitRouteConverter(snapshot, ctx, transit.attachments).convert());
        ServiceConverter services = new ServiceConverter(snapshot, ctx);
        services.prefixLists();
        SecurityGroupConverter groups = new SecurityGroupConverter(snapshot, ctx);
        List<Sourced<AwsSecurityGroup>> kept = groups.groups();
        if (core.runsAlongside() && groups.addsNothing(kept)) {
            SecurityGroupRulesAlongside rules = new SecurityGroupRulesAlongside(snapshot, ctx, kept);
            try {
                convertWorkloadsAndRouting(snapshot, ctx, services, core, rules);
            } catch (RuntimeException e) {
                core.flush();
                throw rules.failureBefore(e);
            }
            core.flush();
            rules.finish();
        } else {
            groups.withRules(kept).forEach(ctx::replace);
            convertWorkloadsAndRouting(snapshot, ctx, services, core, null);
        }
        List<Problem> problems = new ArrayList<>(snapshot.problems());
        problems.addAll(ctx.problems());
        // What the import hands over always passes validate: dangling references are repaired here.
        ImportRepair.Repaired repaired = ImportRepair.repair(ctx.build(), ctx::locationOf, problems, core);
        return new AwsImport(repaired.model(), problems, snapshot.refusals(), repaired.errorFree());
    }

    /**
     * The steps after the security groups: none reads a group's rules, only whether the group
     * exists. The rules pass, when it runs alongside, is queued behind the instances' share: the
     * calling thread waits for the shares first and for the rules only at the end.
     */
    private static void convertWorkloadsAndRouting(AwsSnapshot snapshot, ImportContext ctx, ServiceConverter services,
                                                   SecondCore core, SecurityGroupRulesAlongside rules) {
        // The instances' interfaces by instance need only the snapshot: worked out behind the interfaces' share.
        BackgroundPass<Map<String, List<AwsNetworkInterface>>> attached = core.behindShareOf(
                snapshot.all(AwsNetworkInterface.class).size(), () -> WorkloadConverter.attachedByInstance(snapshot));
        new InterfaceConverter(snapshot, ctx).convert(core);
        if (rules != null) {
            core.queueBehindShareOf(snapshot.all(AwsInstance.class).size(), rules.pass());
        }
        WorkloadConverter workloads = new WorkloadConverter(snapshot, ctx);
        workloads.convert(core, attached);
        core.flush();
        services.natGateways();
        services.peeringConnections();
        services.vpcEndpoints();
        new LoadBalancerConverter(snapshot, ctx).convert();
        new RouteTableConverter(snapshot, ctx, workloads::primaryEniOf).convert();
        new NetworkAclConverter(snapshot, ctx).convert();
    }
}
