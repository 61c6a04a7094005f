package io.hopscope.ui.inspector;

import io.hopscope.model.SgRule;

/** One row of a security group table: the rule, its position, and the texts of its columns. */
public record SgRuleRow(int index, SgRule rule, String protocol, String ports, String peer, String description) {
}
