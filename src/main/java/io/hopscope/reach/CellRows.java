package io.hopscope.reach;

import io.hopscope.model.net.Protocol;

import java.util.List;

/**
 * The rows {@link Exposure} makes of one source x target's cells, for callers that keep the cells
 * too (the app lists the cells whose verdict is UNKNOWN beside the rows, which only hold what opens).
 */
public final class CellRows {
    private CellRows() {
    }

    /** The rows of {@code cells} (one source, one target), merged into "all" as {@link Exposure} does. */
    public static List<ExposureRow> rows(ReachEngine engine, List<Cell> cells, Protocol protocol) {
        List<ExposureRow> r = RowBuilder.rows(cells);
        return protocol.isAll() ? RowBuilder.mergeAll(r, engine.classes(4, protocol).size(),
                engine.classes(6, protocol).size()) : r;
    }
}
