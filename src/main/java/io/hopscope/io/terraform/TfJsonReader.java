package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.io.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} output (format_version 0.1 to 1.x) in one streaming pass: each
 * resource object is bound on its own, so memory grows with the resources kept, not with a tree of
 * the file; sections Hopscope does not use (variables, outputs, checks) are skipped unread. Every
 * refusal names the JSON path.
 */
public final class TfJsonReader {

    /** A plan of 10,000 resources is about 50 MB; twice the 64 MB diagram limit would let a 100 MB file through. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /**
     * Attributes of a resource's values that no mapper reads (see {@link #values}): user data, and
     * {@code tags_all}, the provider's union of its default tags with {@code tags} (the model's
     * names and tag selectors read {@code tags}).
     */
    private static final Set<String> UNREAD_VALUES = Set.of("user_data", "user_data_base64", "tags_all");
    /** The fields of a resource object a {@link TfResource} keeps; mode, name, index and sensitive_values are skipped unread. */
    private static final Set<String> RESOURCE_FIELDS = Set.of("address", "type", "values", "provider_name");
    private static final Pattern FORMAT = Pattern.compile("(0|1)\\.\\d+");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(16 * 1024 * 1024).maxNumberLength(100).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final long maxBytes;
    private final List<TfResource> planned = new ArrayList<>();
    private final List<TfResource> prior = new ArrayList<>();
    private final Map<String, JsonNode> unknownByAddress = new HashMap<>();
    private JsonNode configuration;
    private String formatVersion;
    private String terraformVersion;
    private boolean sawValues;
    private boolean sawPlan;

    private TfJsonReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static TfDocument read(Path file) throws IOException, TfInputException {
        return read(file, MAX_BYTES);
    }

    public static TfDocument read(Path file, long maxBytes) throws IOException, TfInputException {
        return new TfJsonReader(maxBytes).readFile(file);
    }

    private TfDocument readFile(Path file) throws IOException, TfInputException {
        try (InputStream in = InputFiles.open(file, maxBytes, "Terraform JSON"); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TfInputException("$: not a Terraform plan or state (expected a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "format_version" -> formatVersion = text(p, t, "$.format_version");
                    case "terraform_version" -> terraformVersion = text(p, t, "$.terraform_version");
                    case "planned_values" -> {
                        sawPlan = true;
                        values(p, t, "$.planned_values", planned);
                    }
                    case "values" -> {
                        sawValues = true;
                        values(p, t, "$.values", planned);
                    }
                    case "prior_state" -> priorState(p, t);
                    case "resource_changes" -> {
                        sawPlan = true;
                        TfChangeReader.read(p, t, unknownByAddress);
                    }
                    case "configuration" -> configuration = object(p, t, "$.configuration");
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new TfInputException("$: " + (e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage())
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (!sawPlan && !sawValues) {
            throw new TfInputException("$: neither a Terraform plan nor a state (no planned_values, resource_changes or"
                    + " values; expected the output of 'terraform show -json')");
        }
        if (formatVersion == null) {
            throw new TfInputException("$.format_version: missing; expected the output of 'terraform show -json'");
        }
        if (!FORMAT.matcher(formatVersion).matches()) {
            throw new TfInputException("$.format_version: '" + formatVersion + "' is not a format this Hopscope reads"
                    + " (0.1 to 1.x)");
        }
        List<TfResource> withUnknowns = new ArrayList<>(planned.size());
        for (TfResource r : planned) {
            JsonNode u = unknownByAddress.get(r.text());
            withUnknowns.add(u == null ? r : new TfResource(r.address(), r.text(), r.values(), u, r.path(), r.provider()));
        }
        return new TfDocument(file.getFileName() == null ? file.toString() : file.getFileName().toString(), sawPlan,
                formatVersion, terraformVersion, withUnknowns, prior, configuration);
    }

    private void priorState(JsonParser p, JsonToken t) throws IOException, TfInputException {
        expect(t, JsonToken.START_OBJECT, "$.prior_state", "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("values")) {
                values(p, v, "$.prior_state.values", prior);
            } else {
                p.skipChildren();
            }
        }
    }

    /** {@code {"root_module": {...}, "outputs": ...}}. */
    private void values(JsonParser p, JsonToken t, String path, List<TfResource> into) throws IOException, TfInputException {
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        expect(t, JsonToken.START_OBJECT, path, "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("root_module")) {
                module(p, v, path + ".root_module", into);
            } else {
                p.skipChildren();
            }
        }
    }

    private void module(JsonParser p, JsonToken t, String path, List<TfResource> into) throws IOException, TfInputException {
        expect(t, JsonToken.START_OBJECT, path, "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("resources")) {
                expect(v, JsonToken.START_ARRAY, path + ".resources", "an array");
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    resource(p, path + ".resources[" + i++ + "]", into);
                }
            } else if (name.equals("child_modules")) {
                expect(v, JsonToken.START_ARRAY, path + ".child_modules", "an array");
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    module(p, p.currentToken(), path + ".child_modules[" + i++ + "]", into);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void resource(JsonParser p, String path, List<TfResource> into) throws IOException, TfInputException {
        expect(p.currentToken(), JsonToken.START_OBJECT, path, "an object");
        ObjectNode r = MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!RESOURCE_FIELDS.contains(name)) {
                p.skipChildren();
            } else {
                r.set(name, v == JsonToken.START_OBJECT && name.equals("values") ? values(p) : TfTree.read(p));
            }
        }
        String address = field(r, "address", path);
        TfAddress parsed;
        try {
            parsed = TfAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new TfInputException(path + ".address: " + e.getMessage());
        }
        String type = field(r, "type", path);
        if (!type.equals(parsed.type())) {
            throw new TfInputException(path + ".type: '" + type + "' does not match address " + address);
        }
        JsonNode values = r.get("values");
        if (values != null && !values.isObject() && !values.isNull()) {
            throw new TfInputException(path + ".values: expected an object, found " + TfTree.kind(values));
        }
        JsonNode provider = r.get("provider_name");
        into.add(new TfResource(parsed, address, values == null || values.isNull() ? MAPPER.createObjectNode() : values,
                null, path, provider != null && provider.isTextual() ? provider.textValue() : null));
    }

    /**
     * A resource's values without the attributes no mapper reads and that can be most of a plan's
     * bytes: an instance's user data, often kilobytes of script each, is skipped unread.
     */
    private static ObjectNode values(JsonParser p) throws IOException {
        ObjectNode values = MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (UNREAD_VALUES.contains(name)) {
                p.skipChildren();
            } else {
                values.set(name, TfTree.read(p));
            }
        }
        return values;
    }

    private static JsonNode object(JsonParser p, JsonToken t, String path) throws IOException, TfInputException {
        expect(t, JsonToken.START_OBJECT, path, "an object");
        return MAPPER.readTree(p);
    }

    private static String field(JsonNode o, String name, String path) throws TfInputException {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual()) {
            throw new TfInputException(path + "." + name + ": expected a string, found " + TfTree.kind(v));
        }
        return v.textValue();
    }

    private static String text(JsonParser p, JsonToken t, String path) throws IOException, TfInputException {
        if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            throw new TfInputException(path + ": expected a string, found " + TfTree.kind(t));
        }
        return p.getText();
    }

    static void expect(JsonToken t, JsonToken wanted, String path, String what) throws TfInputException {
        if (t != wanted) {
            throw new TfInputException(path + ": expected " + what + ", found " + TfTree.kind(t));
        }
    }
}
