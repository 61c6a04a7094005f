package io.hopscope.ui.lab;

import io.hopscope.reach.Counterexample;

/**
 * One assertion in the lab panel: its label in the reader's language, whether it holds now
 * ({@code null} while the first grading runs), why not, and the counterexample whose trace the
 * panel opens in the trace explorer.
 */
public record AssertionRow(String label, Boolean holds, String detail, Counterexample counterexample) {

    public String mark() {
        return holds == null ? "…" : holds ? "✓" : "✗";
    }
}
