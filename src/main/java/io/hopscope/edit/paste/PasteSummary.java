package io.hopscope.edit.paste;

import io.hopscope.text.Text;
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

    /** "Pasted VPC app-vpc (copy) with 14 resources; left out ..." */
    static String message(List<VpcCopy> vpcCopies, long others, List<String> skipped) {
        StringBuilder text = new StringBuilder();
        for (VpcCopy copy : vpcCopies) {
            text.append(text.length() == 0 ? "" : "; ").append("Pasted ").append(vpcWord(copy)).append(' ')
                    .append(copy.label()).append(" with ").append(copy.resources().size() - copy.vpcIds().size())
                    .append(" resources");
        }
        if (others > 0) {
            text.append(text.length() == 0 ? "Pasted " : "; pasted ").append(others)
                    .append(others == 1 ? " resource" : " resources");
        }
        List<String> leftOut = vpcCopies.stream().flatMap(c -> c.leftOutSummary().stream()).toList();
        if (!leftOut.isEmpty()) {
            text.append("; left out ").append(String.join(" and ", leftOut));
        }
        if (!skipped.isEmpty()) {
            text.append("; could not copy ").append(String.join(", ", skipped));
        }
        return text.append('.').toString();
    }

    private static String vpcWord(VpcCopy copy) {
        return copy.vpcIds().size() == 1 ? "VPC" : "VPCs";
    }
}
