package io.hopscope.ui.inspector;

/** How the properties panel shows a field: free text, a pick from a list, a yes/no flag, or read-only. */
public enum FieldKind {
    TEXT, CHOICE, FLAG, READ_ONLY
}
