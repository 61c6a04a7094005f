package io.hopscope.edit;

import java.util.List;

/**
 * What a paste does: the plan (one edit, or why nothing can be pasted), the sentence the status
 * bar shows ("Pasted VPC app-vpc (copy) with 14 resources; left out 1 route ..."), every reference
 * left out of a copy with its reason, and the new ids to select.
 */
public record PastePlan(CreatePlan plan, String message, List<String> dropped, List<String> selection) {

    public PastePlan {
        dropped = List.copyOf(dropped);
        selection = List.copyOf(selection);
    }

    static PastePlan refused(String reason) {
        return new PastePlan(CreatePlan.refused(reason), reason, List.of(), List.of());
    }

    public boolean isRefused() {
        return plan.isRefused();
    }
}
