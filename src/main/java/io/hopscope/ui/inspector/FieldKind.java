package io.hopscope.ui.inspector;

/**
 * How the properties panel shows a field: free text, a pick from a list, several picks from a list
 * (an interface's security groups), a yes/no flag, or read-only.
 */
public enum FieldKind {
    TEXT, CHOICE, CHECKS, FLAG, READ_ONLY
}
