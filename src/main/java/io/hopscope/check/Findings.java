package io.hopscope.check;

import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a validation run, placing each at its resource's path plus a field. */
public final class Findings {

    private final ResourceLocator locator;
    private final List<Problem> problems = new ArrayList<>();

    public Findings(ResourceLocator locator) {
        this.locator = locator;
    }

    /** An error about {@code field} of {@code r}; {@code field} is a path suffix like ".routes[2].target". */
    public void error(Resource r, String field, String message) {
        add(Severity.ERROR, r, field, message);
    }

    public void warning(Resource r, String field, String message) {
        add(Severity.WARNING, r, field, message);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** "VPC", "subnet", "internet gateway": how messages name a kind. */
    public static String kindName(ResourceKind kind) {
        return switch (kind) {
            case VPC -> "VPC";
            case NETWORK_ACL -> "network ACL";
            case NAT_GATEWAY -> "NAT gateway";
            case VPC_ENDPOINT -> "VPC endpoint";
            case VPC_PEERING_CONNECTION -> "peering connection";
            case VPN_GATEWAY -> "VPN gateway";
            case NETWORK_INTERFACE -> "network interface";
            default -> kind.wireName().replace('-', ' ');
        };
    }

    /** "subnet app-a" or "subnet subnet-0a1" when it has no name. */
    public static String describe(Resource r) {
        return kindName(r.kind()) + " " + r.label();
    }

    private void add(Severity severity, Resource r, String field, String message) {
        String base = r == null ? null : locator.locate(r);
        String location = base == null ? "" : base + (field == null ? "" : field);
        problems.add(new Problem(severity, location, message, r == null ? null : r.id()));
    }
}
