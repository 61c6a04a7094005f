package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Findings another feature shows in the Problems panel beside the model's problems (failed policy
 * assertions, say): its live rows, the Source column's text, and the row's action with its label
 * ("Show counterexample trace"), run on double-click, Enter or the row's context menu. A feed's
 * rows are {@link Problem}s; their {@code resourceId}, when set, is selected first.
 */
public record ProblemFeed(String sourceText, ObservableList<Problem> problems, String actionText, Consumer<Problem> action) {
}
