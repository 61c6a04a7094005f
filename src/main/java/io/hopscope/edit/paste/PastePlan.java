package io.hopscope.edit.paste;

import io.hopscope.edit.create.CreatePlan;
import io.hopscope.text.Text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a paste does: the plan (one edit, or why nothing can be pasted), the sentence the status
 * bar shows ("Pasted VPC app-vpc (copy) with 14 resources; left out 1 route ...", keyed so it is
 * said in the UI's language), every reference left out of a copy with its reason (English, for
 * tests: the status bar shows the counts per kind), the new ids to select, and which original each
 * copy stands for (original id to copy id).
 */
public record PastePlan(CreatePlan plan, Text summary, List<String> dropped, List<String> selection,
                        Map<String, String> copies) {

    public PastePlan {
        dropped = List.copyOf(dropped);
        selection = List.copyOf(selection);
        copies = Map.copyOf(copies);
    }

    static PastePlan refused(Text reason) {
        return new PastePlan(CreatePlan.refused(reason), reason, List.of(), List.of(), Map.of());
    }

    /** The status bar's sentence in English (what tests and logs compare). */
    public String message() {
        return summary.toString();
    }

    /** The status bar's sentence in {@code locale}'s language. */
    public String message(Locale locale) {
        return summary.format(locale);
    }

    public boolean isRefused() {
        return plan.isRefused();
    }
}
