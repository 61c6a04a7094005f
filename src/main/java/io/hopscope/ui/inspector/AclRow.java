package io.hopscope.ui.inspector;

import io.hopscope.model.AclEntry;

/**
 * One row of a network ACL table; {@code entry} is null for the fixed final {@code *} row, the
 * implicit deny every NACL ends with [NACL].
 */
public record AclRow(AclEntry entry, String number, String action, String protocol, String ports, String cidr) {

    public boolean isFinalDeny() {
        return entry == null;
    }
}
