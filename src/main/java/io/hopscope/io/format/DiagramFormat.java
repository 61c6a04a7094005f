package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The constants of diagram file format v1 and the one Jackson setup that reads and writes it.
 * The mapper is used only for the tree model ({@code JsonNode}); it never binds to classes, so no
 * polymorphic typing can be triggered by a file.
 */
public final class DiagramFormat {

    public static final String FORMAT_NAME = "hopscope-diagram";
    public static final int VERSION = 1;
    public static final String FILE_EXTENSION = ".hopscope.json";

    /** Files above this size are refused before reading a byte of JSON. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The format nests about seven levels deep; anything far deeper is hostile or broken. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** A description or note may be long, but not a megabyte. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Numbers in the format are ports, rule numbers and coordinates: a few digits each. */
    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Resource ids and names (an ARN is at most 2,048 characters, a Name tag 256). */
    public static final int MAX_LABEL_LENGTH = 2_048;
    /** Bounds the work per file: a 64 MB file of tiny tokens would otherwise build a huge tree. */
    public static final long MAX_TOKEN_COUNT = 4_000_000;
    /** Items per section (resources of one kind, rules of one list, shapes, notes). */
    public static final int MAX_ITEMS = 100_000;

    private static final ObjectMapper MAPPER = createMapper();

    private DiagramFormat() {
    }

    /** The shared mapper: strict JSON, read limits, duplicate keys rejected. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
