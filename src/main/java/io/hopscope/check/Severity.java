package io.hopscope.check;

/** Errors make a diagram invalid (validate exits 2); warnings are advice. */
public enum Severity {
    ERROR, WARNING, INFO
}
