package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * A plan's {@code resource_changes}: Hopscope needs only each change's address and its
 * {@code after_unknown} (the values known after apply), not the before and after values that make
 * up most of a plan's bytes.
 */
final class TfChangeReader {

    private TfChangeReader() {
    }

    static void read(JsonParser p, JsonToken t, Map<String, JsonNode> unknownByAddress) throws IOException, TfInputException {
        TfJsonReader.expect(t, JsonToken.START_ARRAY, "$.resource_changes", "an array");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            change(p, i++, unknownByAddress);
        }
    }

    /**
     * One resource change, streamed: only its address and {@code change.after_unknown} are kept, so
     * the before and after values (most of a plan's bytes) are never built into trees. The checks
     * run once the element has been read, in the order they would on the whole element.
     */
    private static void change(JsonParser p, int index, Map<String, JsonNode> unknownByAddress)
            throws IOException, TfInputException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            TfJsonReader.expect(p.currentToken(), JsonToken.START_OBJECT, path(index), "an object");
        }
        String address = null;
        String addressKind = "nothing";
        String changeKind = "nothing";
        JsonNode unknown = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("address")) {
                address = v == JsonToken.VALUE_STRING ? p.getText() : null;
                addressKind = TfTree.kind(v);
                p.skipChildren();
            } else if (name.equals("change") && v == JsonToken.START_OBJECT) {
                changeKind = null;
                unknown = afterUnknown(p);
            } else {
                if (name.equals("change")) {
                    changeKind = TfTree.kind(v);
                }
                p.skipChildren();
            }
        }
        if (address == null) {
            throw new TfInputException(path(index) + ".address: expected a string, found " + addressKind);
        }
        if (changeKind != null) {
            throw new TfInputException(path(index) + ".change: expected an object, found " + changeKind);
        }
        if (unknown != null && !unknown.isNull()) {
            unknownByAddress.put(address, unknown);
        }
    }

    /** Built only for a refusal: the reader's loop over 10,000 changes runs interpreted (C1 compiles it after 60,000 turns). */
    private static String path(int index) {
        return "$.resource_changes[" + index + "]";
    }

    private static JsonNode afterUnknown(JsonParser p) throws IOException {
        JsonNode unknown = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("after_unknown")) {
                unknown = TfTree.read(p);
            } else {
                p.skipChildren();
            }
        }
        return unknown;
    }
}
