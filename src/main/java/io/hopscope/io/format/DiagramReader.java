package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.diagram.Layout;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.io.input.InputFiles;
import io.hopscope.io.input.InputRefusedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a format v1 diagram file and reports every problem in it, not only the first: JSON syntax
 * (with line and column), the header, missing or mistyped or unknown fields, bad CIDRs, IPs,
 * ports and rule numbers, duplicate ids, then the model-level rules of {@link DiagramChecks}.
 * Hostile input (deep nesting, huge strings, numbers, token counts, oversized files) is refused
 * by Jackson's read constraints and a size check before reading; no class is ever instantiated
 * from the file's content. A PNG exported by Hopscope is read through the diagram it carries
 * ({@link PngDiagramChunk}).
 */
public final class DiagramReader {

    /**
     * A PNG is walked chunk by chunk without loading its image data, so it may be bigger than a
     * diagram file; the cap still bounds the work on a hostile file.
     */
    public static final long MAX_PNG_BYTES = 512L * 1024 * 1024;

    private DiagramReader() {
    }

    public static DiagramLoad read(Path file) {
        // Only a regular file is opened: a FIFO would block here forever, /dev/zero never ends.
        String notRegular = InputFiles.whyNotRegular(file);
        if (notRegular != null) {
            return failed("", notRegular.equals("is a directory") ? "is a directory, not a diagram file" : notRegular);
        }
        try (InputStream in = new BufferedInputStream(InputFiles.open(file, MAX_PNG_BYTES, "PNG files"))) {
            in.mark(8);
            byte[] head = in.readNBytes(8);
            in.reset();
            if (PngDiagramChunk.isPng(head)) {
                return readPng(in, file);
            }
            long size = Files.size(file);
            if (size > DiagramFormat.MAX_FILE_BYTES) {
                return failed("", tooBig(size));
            }
            byte[] bytes = in.readNBytes((int) DiagramFormat.MAX_FILE_BYTES + 1);
            if (bytes.length > DiagramFormat.MAX_FILE_BYTES) {
                return failed("", "grew past the " + DiagramFormat.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB limit for diagram files while it was read");
            }
            return read(utf8(bytes), file.toString());
        } catch (NoSuchFileException e) {
            return failed("", "no such file");
        } catch (CharacterCodingException e) {
            return failed("", "not a text file (not valid UTF-8)");
        } catch (InputRefusedException e) {
            return failed("", e.getMessage());
        } catch (IOException e) {
            return failed("", "cannot read the file: " + e.getMessage());
        }
    }

    /** Strict decoding: a byte sequence that is not UTF-8 is an error, never a replacement character. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Reads file text; {@code sourceName} names the text in the problems about the text as a whole. */
    public static DiagramLoad read(String json, String sourceName) {
        if (json.length() > DiagramFormat.MAX_FILE_BYTES) {
            return failed("", sourceName + " " + tooBig(json.length()));
        }
        // Some Windows editors start UTF-8 files with a byte order mark; it is not content.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = DiagramFormat.mapper().readTree(text);
        } catch (StreamConstraintsException e) {
            return failed(JsonPaths.ROOT, "refused: " + firstLine(e.getOriginalMessage()) + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            return failed(JsonPaths.ROOT, "malformed JSON" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return failed(JsonPaths.ROOT, sourceName + " is empty");
        }
        return new DiagramReader.Pass().read(root);
    }

    /** An exported picture reopens as its diagram: the JSON is in the PNG's hopscope-diagram chunk. */
    private static DiagramLoad readPng(InputStream in, Path file) throws IOException {
        java.util.Optional<String> json;
        try {
            json = PngDiagramChunk.extract(in);
        } catch (java.io.EOFException e) {
            return failed("", "corrupt PNG: the file ends in the middle of a chunk");
        } catch (InputRefusedException e) {
            throw e;
        } catch (IOException e) {
            return failed("", e.getMessage());
        }
        if (json.isEmpty()) {
            return failed("", "this PNG carries no Hopscope diagram");
        }
        return read(json.get(), file.toString());
    }

    private static DiagramLoad failed(String location, String message) {
        return new DiagramLoad(null, List.of(Problem.error(location, message)));
    }

    private static String tooBig(long size) {
        return "is " + (size / (1024 * 1024)) + " MB, over the " + DiagramFormat.MAX_FILE_BYTES / (1024 * 1024)
                + " MB limit for diagram files";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** One reading: the problems so far and where each resource id was found. */
    private static final class Pass {
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> pathById = new LinkedHashMap<>();

        DiagramLoad read(JsonNode rootNode) {
            JsonFields root = JsonFields.of(rootNode, JsonPaths.ROOT, problems);
            if (root == null || !header(root)) {
                return new DiagramLoad(null, problems);
            }
            String title = root.optionalText("title");
            String description = root.optionalText("description");
            NetworkModel model = null;
            if (root.has("model")) {
                model = model(JsonFields.of(root.raw("model"), root.pathOf("model"), problems));
            } else {
                root.error("model", "required field is missing");
            }
            Layout layout = Layout.EMPTY;
            if (root.has("layout")) {
                layout = LayoutDecoder.decode(JsonFields.of(root.raw("layout"), root.pathOf("layout"), problems), problems);
            }
            List<SavedTrace> traces = TraceDecoder.decode(root, problems);
            root.finish();
            boolean structurallySound = problems.stream().noneMatch(Problem::isError);
            if (!structurallySound || model == null || layout == null || traces == null) {
                return new DiagramLoad(null, problems);
            }
            Diagram diagram = new Diagram(title, description, model, layout, traces);
            problems.addAll(DiagramChecks.check(diagram, pathById));
            return new DiagramLoad(diagram, problems);
        }

        /** False when the file is not a v1 diagram at all: then nothing else is worth reporting. */
        private boolean header(JsonFields root) {
            String format = root.requiredText("format");
            if (format != null && !format.equals(DiagramFormat.FORMAT_NAME)) {
                root.error("format", "'" + format + "' is not a Hopscope diagram (expected \"" + DiagramFormat.FORMAT_NAME + "\")");
            }
            if (!root.ok()) {
                return false;
            }
            JsonNode version = root.raw("version");
            if (version == null) {
                root.error("version", "required field is missing (this Hopscope reads version " + DiagramFormat.VERSION + ")");
            } else if (!version.isIntegralNumber() || !version.canConvertToInt()) {
                root.error("version", "expected a whole number, found " + JsonFields.describe(version));
            } else if (version.intValue() > DiagramFormat.VERSION) {
                root.error("version", "written by a newer Hopscope: version " + version.intValue()
                        + ", this one reads " + DiagramFormat.VERSION);
            } else if (version.intValue() < DiagramFormat.VERSION) {
                root.error("version", "unknown version " + version.intValue() + ", this Hopscope reads "
                        + DiagramFormat.VERSION);
            }
            return root.ok();
        }

        private NetworkModel model(JsonFields f) {
            if (f == null) {
                return null;
            }
            NetworkModel.Builder builder = NetworkModel.builder();
            for (ModelSection section : ModelSection.values()) {
                List<JsonNode> items = f.array(section.key());
                if (items == null) {
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    String path = JsonPaths.index(f.pathOf(section.key()), i);
                    JsonFields item = JsonFields.of(items.get(i), path, problems);
                    Resource r = item == null ? null : ResourceDecoder.decode(section, item, problems);
                    if (r != null) {
                        add(builder, r, path);
                    }
                }
            }
            builder.unknowns(UnknownsCodec.decode(f, problems));
            f.finish();
            return f.ok() ? builder.build() : null;
        }

        private void add(NetworkModel.Builder builder, Resource r, String path) {
            String first = pathById.putIfAbsent(r.id(), path);
            if (first != null) {
                problems.add(Problem.error(JsonPaths.field(path, "id"),
                        "duplicate id '" + r.id() + "' (first used at " + first + ")").about(r.id()));
                return;
            }
            builder.add(r);
        }
    }
}
