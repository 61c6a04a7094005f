package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.model.UnknownRules;
import java.util.List;

/** When a rule set counts as unknown, and the stand-in for a group the data names but does not define. */
final class TfRuleSets {
    private TfRuleSets() {
    }

    /** A group the data names but does not define (made elsewhere): kept, with both rule sets unknown. */
    static void stub(TfContext ctx, String id, String vpc, TfResource source) {
        if (ctx.securityGroups.add(id)) {
            ctx.add(new AwsSecurityGroup(id, id, "not defined in this plan or state", vpc, List.of(), List.of(),
                    List.of(new AwsTag("Name", id))), source);
            for (UnknownRules.Side side : List.of(UnknownRules.Side.INBOUND, UnknownRules.Side.OUTBOUND)) {
                ctx.unknownRules(id, side, source, "security group " + id + " is not defined in this plan or state");
            }
        }
    }

    /**
     * Terraform forbids inline rules beside separate rule resources (they would fight over the rules):
     * an unknown inline set the configuration does not write is then empty. Without separate resources
     * it may come from a dynamic block, which plan JSON does not show, and stays unknown.
     */
    static boolean inlineUnused(TfContext ctx, TfResource r, String attr, boolean separateResources) {
        return separateResources && ctx.config.present() && ctx.config.block(r) != null && !ctx.config.sets(r, attr);
    }

    /** Whether an after_unknown mask marks any value unknown (one unknown element makes a set unknown). */
    static boolean masksUnknown(JsonNode mask) {
        if (mask == null) {
            return false;
        }
        if (mask.isBoolean()) {
            return mask.booleanValue();
        }
        for (JsonNode c : mask) {
            if (masksUnknown(c)) {
                return true;
            }
        }
        return false;
    }
}
