package io.hopscope.ui.trace;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import java.util.List;
import javafx.beans.property.IntegerProperty;

/** Stepping through the hops of the shown trace: first, last, next, previous, or the first hop of a kind. */
final class HopSteps {

    private final List<HopRow> rows;
    private final IntegerProperty currentIndex;

    HopSteps(List<HopRow> rows, IntegerProperty currentIndex) {
        this.rows = rows;
        this.currentIndex = currentIndex;
    }

    /** Moves to the first hop of {@code kind} (and {@code direction}, when given) in one direction. */
    boolean showHop(boolean reply, ComponentKind kind, Direction direction) {
        for (HopRow row : rows) {
            if (row.reply() == reply && row.hop().kind() == kind
                    && (direction == null || direction == row.hop().direction())) {
                currentIndex.set(row.index());
                return true;
            }
        }
        return false;
    }

    void first() {
        if (!rows.isEmpty()) {
            currentIndex.set(0);
        }
    }

    void last() {
        if (!rows.isEmpty()) {
            currentIndex.set(rows.size() - 1);
        }
    }

    /** Moves to the next hop; false when already on the last one. */
    boolean next() {
        if (currentIndex.get() < rows.size() - 1) {
            currentIndex.set(currentIndex.get() + 1);
            return true;
        }
        return false;
    }

    boolean previous() {
        if (currentIndex.get() > 0) {
            currentIndex.set(currentIndex.get() - 1);
            return true;
        }
        return false;
    }
}
