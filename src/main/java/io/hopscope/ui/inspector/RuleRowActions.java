package io.hopscope.ui.inspector;

/** What the security group and NACL tables let a person do with rows: add from a preset, duplicate, remove. */
interface RuleRowActions {

    boolean add(RulePreset preset);

    boolean duplicate(int row);

    boolean remove(int row);
}
