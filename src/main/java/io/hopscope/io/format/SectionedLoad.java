package io.hopscope.io.format;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A diagram read together with one extra top-level section of its file (a lab's {@code "lab"}),
 * which the reader of that section checks itself; {@code section} is null when the file has none.
 */
public record SectionedLoad(DiagramLoad load, JsonNode section) {
}
