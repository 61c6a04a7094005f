package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsDbInstance;
import io.hopscope.io.aws.describe.AwsInstance;
import io.hopscope.io.aws.describe.AwsNetworkInterface;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Workloads that own interfaces: EC2 instances, RDS instances (placed on their AWS-managed
 * RDSNetworkInterface ENI, never on an invented address) and Lambda functions seen only through
 * their ENIs. Also remembers each instance's primary ENI for routes that name an InstanceId.
 */
final class WorkloadConverter {

    private static final String LAMBDA_PREFIX = "AWS Lambda VPC ENI";
    private static final Pattern UUID_SUFFIX =
            Pattern.compile("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** An instance's ENIs by device index; one with no attachment or index goes last. */
    private static final Comparator<AwsNetworkInterface> BY_DEVICE_INDEX = Comparator.comparing(
            e -> e.attachment() == null || e.attachment().deviceIndex() == null ? Integer.MAX_VALUE
                    : e.attachment().deviceIndex());

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;
    private final Map<String, String> primaryEniOfInstance = new HashMap<>();

    WorkloadConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    /** The ENI at device index 0 of an instance, for InstanceId route targets; null when unknown. */
    String primaryEniOf(String instanceId) {
        return primaryEniOfInstance.get(instanceId);
    }

    /** {@code attached}: the interfaces by instance ({@link #attachedByInstance}), perhaps worked out alongside. */
    void convert(SecondCore core, BackgroundPass<Map<String, List<AwsNetworkInterface>>> attached) {
        instances(core, attached.join());
        databases();
        new FunctionConverter(snapshot, ctx).convert();
        lambdas();
    }

    /*
     * Each pass below over the 10,000 records of a quota-scale account is a LongLoop: the launcher
     * runs C1 alone, which compiles a loop in a method called once only after 60,000 turns, so a
     * plain loop here ran interpreted to its end.
     */
    /** The interfaces describe-network-interfaces attaches to each instance: it reads the snapshot only. */
    static Map<String, List<AwsNetworkInterface>> attachedByInstance(AwsSnapshot snapshot) {
        Map<String, List<AwsNetworkInterface>> attachedByInstance = new HashMap<>();
        LongLoop.forEach(snapshot.all(AwsNetworkInterface.class), s -> attach(attachedByInstance, s.value()));
        return attachedByInstance;
    }

    private void instances(SecondCore core, Map<String, List<AwsNetworkInterface>> attachedByInstance) {
        // An instance converts on its own (it looks up interfaces only), so the records are shared
        // with the second core; a later record's primary interface wins, as on one thread.
        List<Map<String, String>> primaries = core.split(ctx, snapshot.all(AwsInstance.class), (share, records) -> {
            WorkloadConverter converter = share == ctx ? this : new WorkloadConverter(snapshot, share);
            LongLoop.forEach(records, s -> converter.instance(s, attachedByInstance));
            return converter.primaryEniOfInstance;
        });
        primaries.stream().filter(m -> m != primaryEniOfInstance).forEach(primaryEniOfInstance::putAll);
    }

    private static void attach(Map<String, List<AwsNetworkInterface>> attachedByInstance, AwsNetworkInterface e) {
        if (e.attachment() != null && e.attachment().instanceId() != null) {
            attachedByInstance.computeIfAbsent(e.attachment().instanceId(), k -> new ArrayList<>()).add(e);
        }
    }

    private void instance(Sourced<AwsInstance> s, Map<String, List<AwsNetworkInterface>> attachedByInstance) {
        AwsInstance i = s.value();
        if (ctx.missingId(s, "InstanceId", i.instanceId())) {
            return;
        }
        if (i.state() != null && "terminated".equals(i.state().name())) {
            ctx.info(s, "State", Text.of("import.aws.terminated", i.instanceId()), i.instanceId());
            return;
        }
        // Both the instance's own list and describe-network-interfaces may name its ENIs.
        List<AwsNetworkInterface> enis = new ArrayList<>(i.networkInterfaces());
        enis.addAll(attachedByInstance.getOrDefault(i.instanceId(), List.of()));
        enis.sort(BY_DEVICE_INDEX);
        List<String> ids = new ArrayList<>();
        for (AwsNetworkInterface e : enis) {
            if (ctx.get(e.networkInterfaceId(), NetworkInterface.class) != null && !ids.contains(e.networkInterfaceId())) {
                ids.add(e.networkInterfaceId());
            }
        }
        if (ids.isEmpty()) {
            ctx.warning(s, "NetworkInterfaces", Text.of("import.aws.instanceNoEni", i.instanceId()), i.instanceId());
        } else {
            primaryEniOfInstance.put(i.instanceId(), ids.get(0));
        }
        String platform = i.platform() == null ? "" : i.platform().toLowerCase(Locale.ROOT);
        ClientProfile profile = platform.equals("windows") ? ClientProfile.WINDOWS : ClientProfile.LINUX;
        ctx.add(new Workload(i.instanceId(), AwsTag.nameOf(i.tags()), WorkloadKind.EC2, ids, profile), s);
    }

    /**
     * [RDS] An RDS instance is reached at the ENI AWS creates for it: Description
     * "RDSNetworkInterface", in a subnet of its DB subnet group, in its AvailabilityZone, carrying
     * exactly its VpcSecurityGroups. No matching ENI means no address: the DB is kept without one.
     */
    private void databases() {
        // By subnet, each list in the interfaces' order: a DB looks at the ENIs of its own subnets
        // only (175 DBs x 175 ENIs at quota scale were 30,000 pairs, most failing on the subnet).
        Map<String, List<NetworkInterface>> rdsEnisBySubnet = new HashMap<>();
        Map<NetworkInterface, Integer> order = new IdentityHashMap<>();
        LongLoop.forEach(ctx.all(NetworkInterface.class), e -> {
            if (e.type() == InterfaceType.RDS) {
                rdsEnisBySubnet.computeIfAbsent(e.subnetId(), k -> new ArrayList<>()).add(e);
                order.put(e, order.size());
            }
        });
        Set<String> taken = new HashSet<>();
        for (Sourced<AwsDbInstance> s : snapshot.all(AwsDbInstance.class)) {
            database(s, candidates(s.value(), rdsEnisBySubnet, order), taken);
        }
    }

    /** The RDS interfaces in the DB's subnets, in the interfaces' order. */
    private static List<NetworkInterface> candidates(AwsDbInstance db, Map<String, List<NetworkInterface>> bySubnet,
                                                     Map<NetworkInterface, Integer> order) {
        List<NetworkInterface> candidates = new ArrayList<>();
        if (db.dbSubnetGroup() != null) {
            Set<String> subnets = new HashSet<>();
            for (AwsDbInstance.DbSubnet sn : db.dbSubnetGroup().subnets()) {
                if (subnets.add(sn.subnetIdentifier())) {
                    candidates.addAll(bySubnet.getOrDefault(sn.subnetIdentifier(), List.of()));
                }
            }
        }
        candidates.sort(Comparator.comparing(order::get));
        return candidates;
    }

    private void database(Sourced<AwsDbInstance> s, List<NetworkInterface> rdsEnis, Set<String> taken) {
        AwsDbInstance db = s.value();
        if (ctx.missingId(s, "DBInstanceIdentifier", db.dbInstanceIdentifier())) {
            return;
        }
        Set<String> subnets = new HashSet<>();
        if (db.dbSubnetGroup() != null) {
            db.dbSubnetGroup().subnets().forEach(sn -> subnets.add(sn.subnetIdentifier()));
        }
        Set<String> groups = new HashSet<>();
        db.vpcSecurityGroups().forEach(g -> groups.add(g.vpcSecurityGroupId()));
        List<NetworkInterface> matches = new ArrayList<>();
        for (NetworkInterface eni : rdsEnis) {
            if (taken.contains(eni.id()) || !subnets.contains(eni.subnetId())) {
                continue; // the cheap tests first: most DBs x ENIs pairs fail on the subnet
            }
            Subnet subnet = ctx.get(eni.subnetId(), Subnet.class);
            boolean zoneOk = db.availabilityZone() == null || subnet == null
                    || db.availabilityZone().equals(subnet.availabilityZone());
            if (!taken.contains(eni.id()) && subnets.contains(eni.subnetId()) && zoneOk
                    && new HashSet<>(eni.securityGroupIds()).equals(groups)) {
                matches.add(eni);
            }
        }
        List<String> eniIds = new ArrayList<>();
        if (matches.isEmpty()) {
            ctx.warning(s, "", Text.of("import.aws.rdsNoEni", db.availabilityZone(), String.valueOf(groups),
                    db.dbInstanceIdentifier()), db.dbInstanceIdentifier());
        } else {
            if (matches.size() > 1) {
                ctx.warning(s, "", Text.of("import.aws.rdsManyEnis", matches.size(), db.dbInstanceIdentifier(),
                        matches.get(0).id()), db.dbInstanceIdentifier());
            }
            eniIds.add(matches.get(0).id());
            taken.add(matches.get(0).id());
        }
        String name = AwsTag.nameOf(db.tagList());
        ctx.add(new Workload(db.dbInstanceIdentifier(), name != null ? name : db.dbInstanceIdentifier(),
                WorkloadKind.RDS, eniIds, ClientProfile.LINUX), s);
    }

    /** Lambda ENIs without a function record become one LAMBDA workload per function name. */
    private void lambdas() {
        Set<String> owned = new HashSet<>();
        LongLoop.forEach(ctx.all(Workload.class), w -> owned.addAll(w.networkInterfaceIds()));
        Map<String, List<String>> enisByFunction = new LinkedHashMap<>();
        Map<String, Sourced<AwsNetworkInterface>> firstSource = new HashMap<>();
        LongLoop.forEach(snapshot.all(AwsNetworkInterface.class),
                s -> unownedLambdaEni(s, owned, enisByFunction, firstSource));
        for (Map.Entry<String, List<String>> f : enisByFunction.entrySet()) {
            String id = ctx.has(f.getKey()) ? "lambda-" + f.getKey() : f.getKey();
            ctx.add(new Workload(id, f.getKey(), WorkloadKind.LAMBDA, f.getValue(), ClientProfile.LAMBDA),
                    firstSource.get(f.getKey()));
        }
    }

    private void unownedLambdaEni(Sourced<AwsNetworkInterface> s, Set<String> owned,
                                  Map<String, List<String>> enisByFunction,
                                  Map<String, Sourced<AwsNetworkInterface>> firstSource) {
        NetworkInterface eni = ctx.get(s.value().networkInterfaceId(), NetworkInterface.class);
        if (eni == null || eni.type() != InterfaceType.LAMBDA || owned.contains(eni.id())) {
            return;
        }
        String function = functionName(eni.description());
        enisByFunction.computeIfAbsent(function, k -> new ArrayList<>()).add(eni.id());
        firstSource.putIfAbsent(function, s);
    }

    /** "AWS Lambda VPC ENI-orders-fn-1b2c...": the function name, without the trailing UUID. */
    static String functionName(String description) {
        String rest = description.startsWith(LAMBDA_PREFIX) ? description.substring(LAMBDA_PREFIX.length()) : description;
        rest = rest.replaceFirst("^[-: ]+", "");
        rest = UUID_SUFFIX.matcher(rest).replaceFirst("");
        return rest.isBlank() ? "lambda" : rest.trim();
    }
}
