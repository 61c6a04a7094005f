package io.hopscope.io.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.input.JsonErrorTexts;
import io.hopscope.text.Text;
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
import java.util.List;

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
        return readWithSection(file, null).load();
    }

    /**
     * Reads a diagram file that may carry one more top-level section {@code sectionKey} (a lab's
     * {@code "lab"}): the diagram is read as usual and the section is handed back untouched, for
     * the reader of that section to check. With a null key, an extra section is an unknown field.
     */
    public static SectionedLoad readWithSection(Path file, String sectionKey) {
        // Only a regular file is opened: a FIFO would block here forever, /dev/zero never ends.
        Text notRegular = InputFiles.whyNotRegularText(file);
        if (notRegular != null) {
            return failed("", "input.directory".equals(notRegular.key()) ? Text.of("diagram.read.directory") : notRegular);
        }
        try (InputStream in = new BufferedInputStream(InputFiles.open(file, MAX_PNG_BYTES, Text.of("input.what.pngFiles")))) {
            in.mark(8);
            byte[] head = in.readNBytes(8);
            in.reset();
            if (PngDiagramChunk.isPng(head)) {
                return readPng(in, file, sectionKey);
            }
            long size = Files.size(file);
            if (size > DiagramFormat.MAX_FILE_BYTES) {
                return failed("", tooBig(size));
            }
            byte[] bytes = in.readNBytes((int) DiagramFormat.MAX_FILE_BYTES + 1);
            if (bytes.length > DiagramFormat.MAX_FILE_BYTES) {
                return failed("", Text.of("diagram.read.grew", DiagramFormat.MAX_FILE_BYTES / (1024 * 1024)));
            }
            return readWithSection(utf8(bytes), file.toString(), sectionKey);
        } catch (NoSuchFileException e) {
            return failed("", Text.of("diagram.read.noSuchFile"));
        } catch (CharacterCodingException e) {
            return failed("", Text.of("diagram.read.notUtf8"));
        } catch (InputRefusedException e) {
            return failed("", e.text());
        } catch (IOException e) {
            return failed("", Text.of("input.cannotReadFile", e.getMessage()));
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
        return readWithSection(json, sourceName, null).load();
    }

    /** As {@link #read(String, String)}, handing back the top-level section {@code sectionKey} too. */
    public static SectionedLoad readWithSection(String json, String sourceName, String sectionKey) {
        if (json.length() > DiagramFormat.MAX_FILE_BYTES) {
            return failed("", Text.of("diagram.read.named", sourceName, tooBig(json.length())));
        }
        // Some Windows editors start UTF-8 files with a byte order mark; it is not content.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = DiagramFormat.mapper().readTree(text);
        } catch (StreamConstraintsException e) {
            // The command line prints Jackson's sentence as it always did; the app says what and where in its language.
            return failed(JsonPaths.ROOT, "refused: " + firstLine(e.getOriginalMessage()) + at(e.getLocation()),
                    Text.of("diagram.read.refused", JsonErrorTexts.of(e)));
        } catch (JsonProcessingException e) {
            return failed(JsonPaths.ROOT, "malformed JSON" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()),
                    Text.of("diagram.read.malformed", JsonErrorTexts.of(e)));
        }
        if (root == null || root.isMissingNode()) {
            return failed(JsonPaths.ROOT, Text.of("diagram.read.empty", sourceName));
        }
        return new DiagramPass(sectionKey).read(root);
    }

    /**
     * Reads a whole diagram object nested in another file (a lab attempt's start, at {@code path}),
     * by the same rules as a file, every problem placed under {@code path}.
     */
    public static DiagramLoad readNested(JsonNode node, String path) {
        return new DiagramPass(null, path).read(node).load();
    }

    /** An exported picture reopens as its diagram: the JSON is in the PNG's hopscope-diagram chunk. */
    private static SectionedLoad readPng(InputStream in, Path file, String sectionKey) throws IOException {
        java.util.Optional<String> json;
        try {
            json = PngDiagramChunk.extract(in);
        } catch (java.io.EOFException e) {
            return failed("", Text.of("diagram.read.truncatedPng"));
        } catch (InputRefusedException e) {
            throw e;
        } catch (PngChunkException e) {
            return failed("", e.getMessage(), e.text());
        } catch (IOException e) {
            return failed("", e.getMessage());
        }
        if (json.isEmpty()) {
            return failed("", Text.of("diagram.read.pngWithoutDiagram"));
        }
        return readWithSection(json.get(), file.toString(), sectionKey);
    }

    private static SectionedLoad failed(String location, String message) {
        return new SectionedLoad(new DiagramLoad(null, List.of(Problem.error(location, message))), null);
    }

    private static SectionedLoad failed(String location, Text text) {
        return failed(location, null, text);
    }

    /** {@code english}: what the command line prints when it is not {@code text}'s English (a library's sentence). */
    private static SectionedLoad failed(String location, String english, Text text) {
        return new SectionedLoad(new DiagramLoad(null, List.of(new Problem(Severity.ERROR, location, english, null, text))),
                null);
    }

    private static Text tooBig(long size) {
        return Text.of("diagram.read.tooBig", size / (1024 * 1024), DiagramFormat.MAX_FILE_BYTES / (1024 * 1024));
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
}
