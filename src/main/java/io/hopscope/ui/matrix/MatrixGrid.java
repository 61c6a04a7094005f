package io.hopscope.ui.matrix;

import io.hopscope.engine.TraceQuery;
import io.hopscope.io.reach.MatrixWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * One computed matrix, kept compact: a verdict byte and the blocking component per cell, not the
 * engine's traces (500 x 500 traces would hold hundreds of megabytes; a clicked cell is traced
 * again). Rows are sources, columns destinations, both in selector order as the CLI prints them.
 */
public final class MatrixGrid {
    private final NetworkModel model;
    private final MatrixService service;
    private final List<ReachEndpoint> sources;
    private final List<ReachEndpoint> targets;
    private final byte[] verdicts;
    private final String[] blockedAt;

    MatrixGrid(NetworkModel model, MatrixService service, List<ReachEndpoint> sources, List<ReachEndpoint> targets) {
        this.model = model;
        this.service = service;
        this.sources = List.copyOf(sources);
        this.targets = List.copyOf(targets);
        this.verdicts = new byte[sources.size() * targets.size()];
        this.blockedAt = new String[verdicts.length];
    }

    /** Stores the engine's entries of source rows {@code firstRow...}, source-major as it returns them. */
    void put(int firstRow, List<Matrix.Entry> entries) {
        int base = firstRow * targets.size();
        for (int i = 0; i < entries.size(); i++) {
            Matrix.Entry e = entries.get(i);
            verdicts[base + i] = (byte) MatrixVerdict.of(e.verdict()).ordinal();
            blockedAt[base + i] = e.blockedAt();
        }
    }

    public int rows() {
        return sources.size();
    }

    public int columns() {
        return targets.size();
    }

    public ReachEndpoint source(int row) {
        return sources.get(row);
    }

    public ReachEndpoint target(int column) {
        return targets.get(column);
    }

    public MatrixService service() {
        return service;
    }

    /** The model the grid was computed on (a newer one makes it stale). */
    public NetworkModel model() {
        return model;
    }

    /** The cell's colour class; the diagonal (a source that is also the destination) is SELF. */
    public MatrixVerdict verdict(int row, int column) {
        if (sources.get(row).id().equals(targets.get(column).id())) {
            return MatrixVerdict.SELF;
        }
        return MatrixVerdict.values()[verdicts[row * targets.size() + column]];
    }

    /** The component that blocked the pair (or was not evaluated), null when nothing did. */
    public String blockedAt(int row, int column) {
        return blockedAt[row * targets.size() + column];
    }

    /** How many cells have each verdict, indexed by {@link MatrixVerdict#ordinal()}. */
    public int[] counts() {
        int[] n = new int[MatrixVerdict.values().length];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                n[verdict(r, c).ordinal()]++;
            }
        }
        return n;
    }

    /** The concrete question of one cell, as the matrix engine asked it (every client port). */
    public TraceQuery query(int row, int column) {
        ReachEndpoint s = sources.get(row);
        ReachEndpoint t = targets.get(column);
        return new TraceQuery(s.eni().id(), t.eni().id(), service.protocol(),
                service.protocol().hasPorts() ? service.port() : null, null, null, null, null, null, null);
    }

    /** The cells as the engine's entries (without traces), source-major. */
    public List<Matrix.Entry> entries() {
        List<Matrix.Entry> out = new ArrayList<>(verdicts.length);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                MatrixVerdict v = verdict(r, c);
                String contract = v == MatrixVerdict.SELF ? "REACHABLE" : v.name();
                out.add(new Matrix.Entry(sources.get(r), targets.get(c), contract, blockedAt(r, c), null));
            }
        }
        return out;
    }

    /** The grid in the CLI's CSV, byte for byte what {@code matrix --format csv} prints. */
    public String csv() {
        return MatrixWriter.csv(entries(), true);
    }
}
