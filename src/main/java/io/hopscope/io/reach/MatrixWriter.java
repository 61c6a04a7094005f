package io.hopscope.io.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hopscope.reach.Matrix;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A matrix in the contract's formats: JSON {@code {"cells": [{"from", "to", "verdict",
 * "blockedAt"}]}}, CSV (header then one line per cell) and text (one line per cell). Cells are
 * source-major, so shard outputs (split by source) concatenate: CSV and text byte for byte (header
 * only in shard 1), JSON by concatenating the "cells" arrays.
 */
public final class MatrixWriter {
    public static final String CSV_HEADER = "from,from_name,to,to_name,verdict,blocked_at\n";

    private MatrixWriter() {
    }

    public static String json(List<Matrix.Entry> cells) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("cells");
            for (Matrix.Entry e : cells) {
                w.write("\n  ");
                g.writeStartObject();
                g.writeStringField("from", e.from().id());
                g.writeStringField("to", e.to().id());
                g.writeStringField("verdict", e.verdict());
                g.writeStringField("blockedAt", e.blockedAt());
                g.writeEndObject();
                g.flush();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    public static String csv(List<Matrix.Entry> cells, boolean header) {
        StringBuilder sb = new StringBuilder(header ? CSV_HEADER : "");
        for (Matrix.Entry e : cells) {
            sb.append(Csv.line(e.from().id(), e.from().name(), e.to().id(), e.to().name(), e.verdict(),
                    e.blockedAt() == null ? "" : e.blockedAt()));
        }
        return sb.toString();
    }

    public static String text(List<Matrix.Entry> cells) {
        StringBuilder sb = new StringBuilder();
        for (Matrix.Entry e : cells) {
            sb.append(e.from()).append(" -> ").append(e.to()).append(": ").append(e.verdict());
            if (e.blockedAt() != null) {
                sb.append(" (").append(e.blockedAt()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
