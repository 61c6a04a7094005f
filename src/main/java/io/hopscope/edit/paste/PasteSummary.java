package io.hopscope.edit.paste;

import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/** The words of a paste: its name in the undo menu and the sentence the status bar shows. */
final class PasteSummary {

    private PasteSummary() {
    }

    /**
     * A copied VPC is one piece in the undo menu ("Paste VPC app-vpc (copy)"); {@code others} counts
     * what was pasted beside the VPCs.
     */
    static Text description(List<VpcCopy> vpcCopies, long others) {
        if (vpcCopies.isEmpty()) {
            return others == 1 ? Text.of("edit.paste.one") : Text.of("edit.paste.many", others);
        }
        List<Text> vpcs = vpcCopies.stream()
                .map(c -> Text.of(c.vpcIds().size() == 1 ? "edit.paste.vpc" : "edit.paste.vpcs", c.label())).toList();
        return others == 0 ? Text.of("edit.paste.copies", vpcs) : Text.of("edit.paste.copiesAndMore", vpcs, others);
    }

    /**
     * "Pasted VPC app-vpc (copy) with 14 resources; left out ..." as one keyed sentence: its parts
     * are joined by {@code edit.paste.then} and closed by {@code edit.paste.summary}, so a language
     * can order and punctuate them its own way.
     */
    static Text message(List<VpcCopy> vpcCopies, long others, List<Text> skipped) {
        List<Text> parts = new ArrayList<>();
        for (VpcCopy copy : vpcCopies) {
            parts.add(Text.of(copy.vpcIds().size() == 1 ? "edit.paste.pasted.vpc" : "edit.paste.pasted.vpcs",
                    copy.label(), copy.resources().size() - copy.vpcIds().size()));
        }
        if (others > 0) {
            // The sentence opens with a capital; a count after a VPC copy continues it in lower case.
            String opening = parts.isEmpty() ? "edit.paste.pasted." : "edit.paste.pasted.also.";
            parts.add(others == 1 ? Text.of(opening + "one") : Text.of(opening + "many", others));
        }
        List<Text> leftOut = vpcCopies.stream().flatMap(c -> c.leftOutSummary().stream()).toList();
        if (!leftOut.isEmpty()) {
            parts.add(Text.of("edit.paste.leftOut", joined("edit.paste.and", leftOut)));
        }
        if (!skipped.isEmpty()) {
            parts.add(Text.of("edit.paste.couldNotCopy", skipped));
        }
        return Text.of("edit.paste.summary", joined("edit.paste.then", parts));
    }

    /** {@code items} folded pairwise with the two-place sentence {@code key} ("{0} and {1}"). */
    private static Text joined(String key, List<Text> items) {
        Text out = items.get(0);
        for (Text next : items.subList(1, items.size())) {
            out = Text.of(key, out, next);
        }
        return out;
    }
}
