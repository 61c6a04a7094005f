package io.hopscope.edit.paste;

import io.hopscope.edit.create.CreatePlan;
import io.hopscope.text.Text;

import java.util.List;
import java.util.Map;

/**
 * What a paste does: the plan (one edit, or why nothing can be pasted), the sentence the status
 * bar shows ("Pasted VPC app-vpc (copy) with 14 resources; left out 1 route ..."), every reference
 * left out of a copy with its reason, the new ids to select, and which original each copy stands
 * for (original id to copy id).
 */
public record PastePlan(CreatePlan plan, String message, List<String> dropped, List<String> selection,
                        Map<String, String> copies) {

    public PastePlan {
        dropped = List.copyOf(dropped);
        selection = List.copyOf(selection);
        copies = Map.copyOf(copies);
    }

    static PastePlan refused(Text reason) {
        return new PastePlan(CreatePlan.refused(reason), reason.toString(), List.of(), List.of(), Map.of());
    }

    public boolean isRefused() {
        return plan.isRefused();
    }
}
