package io.hopscope.engine;

import io.hopscope.edit.AddAclEntryEdit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class AclEntryFixCheck {
    private AclEntryFixCheck() {
    }

    static void assertFixNumberedBelow(Blocker b, int deny) {
        AddAclEntryEdit e = assertInstanceOf(AddAclEntryEdit.class, b.fixes().get(0));
        assertTrue(e.entry().ruleNumber() < deny, e.description());
    }
}
