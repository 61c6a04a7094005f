package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.io.input.JsonErrorTexts;
import io.hopscope.io.input.InputFiles;
import io.hopscope.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} output (format_version 0.1 to 1.x) in one pass over its bytes:
 * the resources are bound by {@link TfResourceReader}, a large plan's changes are read on a second
 * thread ({@link TfChangesAhead}), and sections Hopscope does not use (variables, outputs, checks)
 * are skipped unread. Every refusal names the JSON path.
 */
public final class TfJsonReader {

    /** A plan of 10,000 resources is about 50 MB; twice the 64 MB diagram limit would let a 100 MB file through. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern FORMAT = Pattern.compile("(0|1)\\.\\d+");

    /** The reader's limits; a repeated key is noticed by {@link TfDuplicateKeys}, which costs less than Jackson's check. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(16 * 1024 * 1024).maxNumberLength(100).build()).build();
    /** The same limits with Jackson's duplicate detection, for reading again a file that is refused: its message stays. */
    private static final JsonFactory STRICT = FACTORY.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final long maxBytes;
    /** Jackson's own duplicate detection and its messages: the second reading of a file the first found faulty. */
    private final boolean strict;
    /** Files of at least this many bytes have their changes read on a second thread ({@link TfChangesAhead}). */
    private final int minParallelBytes;
    private final List<TfResource> planned = new ArrayList<>();
    private final List<TfResource> prior = new ArrayList<>();
    private final Map<String, JsonNode> unknownByAddress = new HashMap<>();
    private JsonNode configuration;
    private String formatVersion;
    private String terraformVersion;
    private boolean sawValues;
    private boolean sawPlan;

    private TfJsonReader(long maxBytes, int minParallelBytes, boolean strict) {
        this.maxBytes = maxBytes;
        this.strict = strict;
        this.minParallelBytes = minParallelBytes;
    }

    public static TfDocument read(Path file) throws IOException, TfInputException {
        return read(file, MAX_BYTES);
    }

    public static TfDocument read(Path file, long maxBytes) throws IOException, TfInputException {
        return read(file, maxBytes, TfChangesAhead.MIN_BYTES);
    }

    static TfDocument read(Path file, long maxBytes, int minParallelBytes) throws IOException, TfInputException {
        try {
            return new TfJsonReader(maxBytes, minParallelBytes, false).readFile(file);
        } catch (ReadStrictly e) {
            // Malformed, over a limit, or a repeated key: read again in one pass as Jackson checks it, so
            // the first problem in file order is refused with Jackson's own message and position.
            return new TfJsonReader(maxBytes, Integer.MAX_VALUE, true).readFile(file);
        }
    }

    private TfDocument readFile(Path file) throws IOException, TfInputException {
        try (InputStream in = InputFiles.open(file, maxBytes, Text.of("input.what.terraformJson"));
             TfChangesAhead ahead = TfChangesAhead.startIfWorthIt(file, maxBytes, minParallelBytes)) {
            return document(file, in, ahead);
        } catch (AheadFailed e) {
            // Read again in one pass: the first problem in file order is the one refused, as always.
            return new TfJsonReader(maxBytes, Integer.MAX_VALUE, strict).readFile(file);
        }
    }

    private TfDocument document(Path file, InputStream in, TfChangesAhead ahead) throws IOException, TfInputException {
        try (JsonParser p = strict ? STRICT.createParser(in) : new TfDuplicateKeys(FACTORY.createParser(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TfInputException("$: not a Terraform plan or state (expected a JSON object)",
                        Text.of("import.tf.notAnObject"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                List<TfTopLevel.Member> rest = ahead != null && name.equals("resource_changes")
                        ? ahead.membersAfterChanges(p.currentTokenLocation().getByteOffset()) : null;
                if (rest != null) {
                    readAhead(ahead, rest);
                    break;
                }
                member(name, p, t);
            }
        } catch (JsonProcessingException e) {
            if (!strict) {
                throw new ReadStrictly();
            }
            // A limit's refusal (nesting too deep) carries no location.
            throw new TfInputException("$: " + (e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), Text.of("import.tf.malformed", JsonErrorTexts.of(e)));
        }
        if (!sawPlan && !sawValues) {
            throw new TfInputException("$: neither a Terraform plan nor a state (no planned_values, resource_changes or"
                    + " values; expected the output of 'terraform show -json')", Text.of("import.tf.notAPlan"));
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
            withUnknowns.add(withUnknown(r));
        }
        return new TfDocument(file.getFileName() == null ? file.toString() : file.getFileName().toString(), sawPlan,
                formatVersion, terraformVersion, withUnknowns, prior, configuration);
    }

    /** Per resource, not in a loop run once: C1 compiles a method after a few hundred calls, a loop after 60,000 turns. */
    private TfResource withUnknown(TfResource r) {
        JsonNode u = unknownByAddress.get(r.text());
        return u == null ? r : new TfResource(r.address(), r.text(), r.values(), u, r.path(), r.provider());
    }

    private void member(String name, JsonParser p, JsonToken t) throws IOException, TfInputException {
        switch (name) {
            case "format_version" -> formatVersion = text(p, t, "$.format_version");
            case "terraform_version" -> terraformVersion = text(p, t, "$.terraform_version");
            case "planned_values" -> {
                sawPlan = true;
                TfResourceReader.values(p, t, "$.planned_values", planned);
            }
            case "values" -> {
                sawValues = true;
                TfResourceReader.values(p, t, "$.values", planned);
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

    /** The changes read on the other thread, then the members after them, each from its own bytes. */
    private void readAhead(TfChangesAhead ahead, List<TfTopLevel.Member> rest) {
        try {
            sawPlan = true;
            for (TfTopLevel.Member m : rest) {
                try (JsonParser q = ahead.parser(m)) {
                    member(m.name(), q, q.nextToken());
                    TfChangesAhead.requireEnd(q);
                }
            }
            unknownByAddress.putAll(ahead.unknownByAddress());
        } catch (Exception e) {
            throw new AheadFailed(e);
        }
    }

    /** The JSON is faulty somewhere; the file is read again in one pass by the strict parser for the exact refusal. */
    private static final class ReadStrictly extends RuntimeException {
        ReadStrictly() {
            super(null, null, false, false);
        }
    }

    /** Reading ahead failed somewhere; the file is read again in one pass for the exact refusal. */
    private static final class AheadFailed extends RuntimeException {
        AheadFailed(Exception cause) {
            super(cause);
        }
    }

    private void priorState(JsonParser p, JsonToken t) throws IOException, TfInputException {
        expect(t, JsonToken.START_OBJECT, "$.prior_state", "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("values")) {
                TfResourceReader.values(p, v, "$.prior_state.values", prior);
            } else {
                p.skipChildren();
            }
        }
    }

    private static JsonNode object(JsonParser p, JsonToken t, String path) throws IOException, TfInputException {
        expect(t, JsonToken.START_OBJECT, path, "an object");
        return MAPPER.readTree(p);
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
