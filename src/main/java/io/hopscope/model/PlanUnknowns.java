package io.hopscope.model;

import java.util.List;

/**
 * What a Terraform plan leaves open until apply: values Hopscope had to stand in for (ids derived
 * from the resource address, addresses allocated from the subnet), and whole rule sets whose
 * content is unknown. A trace that meets an unknown rule set stops there with UNKNOWN: an empty set
 * would be a guess (deny all, or allow all on a default group), and a plan review must not guess.
 * Empty for anything not read from a plan.
 */
public record PlanUnknowns(List<Placeholder> placeholders, List<UnknownRules> ruleSets) {

    public static final PlanUnknowns NONE = new PlanUnknowns(List.of(), List.of());

    public PlanUnknowns {
        placeholders = List.copyOf(placeholders);
        ruleSets = List.copyOf(ruleSets);
    }

    public boolean isEmpty() {
        return placeholders.isEmpty() && ruleSets.isEmpty();
    }

    /** The unknown rule set of this side of a security group, network ACL or route table, or null. */
    public UnknownRules ruleSet(String resourceId, UnknownRules.Side side) {
        for (UnknownRules u : ruleSets) {
            if (u.resourceId().equals(resourceId) && u.side() == side) {
                return u;
            }
        }
        return null;
    }

    /** The placeholders standing in for values of this resource. */
    public List<Placeholder> of(String resourceId) {
        return placeholders.stream().filter(p -> p.resourceId().equals(resourceId)).toList();
    }

    /**
     * A value known only after apply and the stand-in used for it.
     *
     * @param resourceId the model resource the value belongs to
     * @param field      what the value is ("id", "private address", "vpc")
     * @param value      the stand-in ("sg-0f3a…", "10.0.1.4")
     * @param address    the Terraform address it comes from ({@code module.net.aws_instance.web[0]})
     */
    public record Placeholder(String resourceId, String field, String value, String address) {
    }
}
