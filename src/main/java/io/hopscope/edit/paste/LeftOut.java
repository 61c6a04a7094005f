package io.hopscope.edit.paste;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.text.Text;

/**
 * The kinds of reference a VPC copy has to leave out, each with the AWS rule that forbids keeping
 * it, as keys of the engine's bundle ({@code edit.paste.leftOut.<KIND>.one/.many/.why}) so the
 * status bar says them in the UI's language.
 */
enum LeftOut {
    PEERING_ROUTE,
    OUTSIDE_ROUTE_TARGET,
    OUTSIDE_GROUP_RULE,
    OUTSIDE_GROUP_ON_INTERFACE,
    OUTSIDE_INTERFACE,
    OUTSIDE_TARGET,
    PUBLIC_IP;

    /** "2 routes through peering connections (a peering joins only the two VPCs it was made for)". */
    Text count(int n) {
        String key = "edit.paste.leftOut." + name();
        // Only the public pool's rule names a value; the other reasons take no argument.
        Text why = Text.of(key + ".why", FreeAddresses.PUBLIC_POOL);
        return Text.of("edit.paste.leftOut.count", Text.of(key + (n == 1 ? ".one" : ".many"), n), why);
    }
}
