package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.check.Findings;
import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.model.Resource;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The last step of an import: the model it hands over always passes {@code validate}. A snapshot
 * is taken while the account changes (a NAT gateway deleted after its interface, an instance
 * terminated, a peering deleted), so references may dangle; {@link ReferenceRepair} drops or
 * repairs them (a route to a missing target becomes a blackhole, as AWS shows it). Whatever the
 * validator still rejects (a subnet outside its VPC in hand-made JSON) is dropped with the
 * validator's reason, and the references to it are repaired in turn. Each change is a problem
 * with the file and JSON path the resource was read from.
 */
final class ImportRepair {

    /** Each round drops at least one resource, so this only bounds a bug. */
    private static final int MAX_ROUNDS = 50;

    private ImportRepair() {
    }

    /**
     * The repaired model; {@code errorFree} when its last validation found no error at all, so
     * nobody needs to check its references again.
     */
    record Repaired(NetworkModel model, boolean errorFree) {
    }

    static Repaired repair(NetworkModel model, Function<String, String> where, List<Problem> report, SecondCore core) {
        NetworkModel m = model;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            m = new ReferenceRepair(m, where, report, core).repair();
            Map<String, Problem> firstErrorOf = new LinkedHashMap<>();
            // Only errors are acted on here, so the rules that only warn are not run.
            List<Problem> errors = ModelValidator.errorsAll(m, r -> "");
            for (Problem p : errors) {
                if (p.resourceId() != null) {
                    firstErrorOf.putIfAbsent(p.resourceId(), p);
                }
            }
            if (firstErrorOf.isEmpty()) {
                return new Repaired(m, errors.isEmpty());
            }
            Set<String> drop = new HashSet<>();
            List<Resource> replace = new ArrayList<>();
            for (Map.Entry<String, Problem> e : firstErrorOf.entrySet()) {
                Resource r = m.find(e.getKey()).orElse(null);
                Text what = r == null ? Text.literal(e.getKey()) : Findings.described(r);
                Problem p = e.getValue();
                if (r instanceof Subnet s && p.location().equals(".ipv6Cidr") && s.cidr() != null) {
                    // The IPv6 block alone is wrong (the VPC lists no such block): keep the subnet, IPv4 only.
                    report.add(new Problem(Severity.WARNING, where.apply(s.id()),
                            Text.of("import.aws.repair.ipv6Removed", what, p.messageText()), s.id()));
                    replace.add(new Subnet(s.id(), s.name(), s.vpcId(), s.cidr(), null, s.availabilityZone()));
                } else {
                    report.add(new Problem(Severity.ERROR, where.apply(e.getKey()),
                            Text.of("import.aws.repair.invalidDropped", what, p.messageText()), e.getKey()));
                    drop.add(e.getKey());
                }
            }
            NetworkModel.Builder b = without(m, drop).toBuilder();
            replace.forEach(b::put);
            m = b.build();
        }
        throw new IllegalStateException("import repair did not converge");
    }

    /** The model without the resources of these ids, in one pass. */
    static NetworkModel without(NetworkModel m, Set<String> ids) {
        List<Resource> kept = new ArrayList<>();
        Set<String> dropped = new HashSet<>(ids);
        for (Resource r : m.allResources()) {
            if (!dropped.contains(r.id())) {
                kept.add(r);
            }
        }
        return NetworkModel.builder().addAll(kept).build();
    }
}
