package io.hopscope.io.aws.describe;

import io.hopscope.text.Text;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.input.InputFiles;
import io.hopscope.io.input.JsonErrorTexts;
import io.hopscope.io.input.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stage one: reads every {@code *.json} file under a directory (Region sub-folders included) and
 * binds the elements of each known top-level key to the describe records. Files are recognised by
 * their top-level key, never by name, because Batfish snapshots name them {@code Subnets.json} and
 * the CLI user {@code describe-subnets.json}. Only regular files are read, within
 * {@link AwsReadLimits}: a file or folder past a limit is refused before it costs much, and the
 * refusal is kept apart ({@link AwsSnapshot#refusals()}) so a command can stop on it.
 */
public final class AwsDescribeReader {

    /** Far above a quota-scale account (10,000 ENIs is about 30 MB of CLI output). */
    public static final long DEFAULT_MAX_FILE_BYTES = AwsReadLimits.DEFAULTS.maxFileBytes();
    public static final int MAX_NESTING_DEPTH = AwsReadLimits.DEFAULTS.maxNestingDepth();
    public static final int MAX_STRING_LENGTH = AwsReadLimits.DEFAULTS.maxStringLength();
    private static final int MAX_FOLDER_DEPTH = 6;
    /** Files up to this size are read whole (the fast binder re-reads an odd element from the bytes). */
    private static final long IN_MEMORY_BYTES = 64L * 1024 * 1024;
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d+");

    private final AwsReadLimits limits;
    private final JsonFactory factory;
    private final DescribeMapper mapper;
    /** Null only in tests that compare it with databind alone. */
    private final RecordBinder binder;

    public AwsDescribeReader() {
        this(AwsReadLimits.DEFAULTS);
    }

    public AwsDescribeReader(long maxFileBytes) {
        this(AwsReadLimits.DEFAULTS.withMaxFileBytes(maxFileBytes));
    }

    public AwsDescribeReader(AwsReadLimits limits) {
        this(limits, true);
    }

    /** {@code fastBinding} false binds every element with databind (the yardstick of the fast path's tests). */
    AwsDescribeReader(AwsReadLimits limits, boolean fastBinding) {
        this.limits = limits;
        this.binder = fastBinding ? new RecordBinder() : null;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxFileBytes())
                        .maxTokenCount(limits.maxTokensPerFile())
                        .build())
                .build();
        this.mapper = new DescribeMapper(factory);
    }

    /** Whether this reader has needed databind so far (a snapshot as the AWS CLI writes it does not). */
    boolean usedDatabind() {
        return mapper.built();
    }

    /** The describe record type of a top-level key, or null for a key this reader skips. */
    static Class<?> recordType(String key) {
        return DescribeKeys.recordType(key);
    }

    /** Reads a directory; every problem, including an unreadable directory, is in the result. */
    public AwsSnapshot read(Path dir) {
        AwsSnapshot snapshot = new AwsSnapshot();
        if (!Files.isDirectory(dir)) {
            snapshot.report(new Problem(Severity.ERROR, dir.toString(), Text.of("import.aws.notADirectory"), null));
            return snapshot;
        }
        List<Path> files = jsonFiles(dir, snapshot);
        if (files == null || !snapshot.refusals().isEmpty()) {
            return snapshot;
        }
        long total = 0;
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            try {
                sizes[i] = Files.size(files.get(i));
                total += sizes[i];
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        if (total > limits.maxImportBytes()) {
            snapshot.refuse(refusal(dir.toString(), Text.of("import.aws.limit.folderBytes", InputFiles.size(total),
                    InputFiles.size(limits.maxImportBytes()))));
            return snapshot;
        }
        // The big files (instances, interfaces, security groups) bind on separate cores; each file's
        // yield is merged in path order afterwards, so the snapshot is the same as a sequential read.
        AtomicLong records = new AtomicLong();
        DescribeFileParser parser = new DescribeFileParser(mapper, limits, records, AwsDescribeReader::recordType,
                binder);
        List<FileReading> readings = LargestFirstReading.readAll(sizes, i -> readFile(dir, files.get(i), parser));
        for (FileReading reading : readings) {
            snapshot.addAll(reading.records);
            reading.finish().forEach(snapshot::report);
            if (reading.refusal() != null) {
                snapshot.markRefused(reading.refusal());
            }
        }
        return snapshot;
    }

    /**
     * The regular {@code *.json} files under {@code dir}, sorted; any other entry so named (a FIFO,
     * a device, a link to one, a link loop) refuses the import with its reason. Folder links are
     * not followed, so a link loop between folders cannot make the walk endless.
     */
    private List<Path> jsonFiles(Path dir, AwsSnapshot snapshot) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, MAX_FOLDER_DEPTH)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(dir) || !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    continue;
                }
                Text why = InputFiles.whyNotRegularText(p);
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (why == null) {
                    files.add(p);
                } else if (!"input.directory".equals(why.key())) {
                    snapshot.refuse(refusal(name, why));
                }
                if (files.size() > limits.maxFiles()) {
                    snapshot.refuse(refusal(dir.toString(), Text.of("import.aws.limit.files",
                            AwsReadLimits.count(limits.maxFiles()))));
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            snapshot.refuse(Problem.error(dir.toString(), "cannot list the directory: " + e.getMessage()));
            return null;
        }
        files.sort(null);
        return files;
    }

    /** Everything one file contributes; a refused or broken file contributes only its problem. */
    private FileReading readFile(Path root, Path file, DescribeFileParser parser) {
        Path relative = root.relativize(file);
        String name = relative.toString().replace('\\', '/');
        FileReading reading = new FileReading(name, regionOf(relative));
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return reading.refused(refusal(name, Text.of("import.aws.limit.fileBytes", size, limits.maxFileBytes())));
            }
            // A file held in memory can be bound by the fast binder; a larger one streams through databind.
            byte[] source = null;
            if (size <= IN_MEMORY_BYTES) {
                try (InputStream in = InputFiles.open(file, limits.maxFileBytes(), Text.of("input.what.describeFiles"))) {
                    source = in.readAllBytes();
                }
            }
            try (InputStream in = source != null ? null : InputFiles.open(file, limits.maxFileBytes(), Text.of("input.what.describeFiles"));
                 JsonParser p = source != null ? factory.createParser(source) : factory.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    reading.report(FileReading.Kind.FILES_SKIPPED, new Problem(Severity.WARNING, name, Text.of("import.aws.notAnObject"), null));
                    return reading;
                }
                parser.readTopLevel(p, reading, source);
            }
        } catch (StreamConstraintsException e) {
            // The command line prints Jackson's own sentence, as it always did; the app says it in its language.
            return reading.refused(new Problem(Severity.ERROR, name, "refused: " + e.getOriginalMessage(), null,
                    Text.of("import.aws.refused", JsonErrorTexts.of(e))));
        } catch (DescribeFileParser.RecordLimitException e) {
            return reading.refused(refusal(name, e.text()));
        } catch (InputRefusedException e) {
            return reading.refused(refusal(name, e.text()));
        } catch (JsonProcessingException e) {
            reading.records.clear();
            reading.problems.clear();
            reading.report(FileReading.Kind.FILES, new Problem(Severity.ERROR, name, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), null,
                    Text.of("import.aws.notJson", JsonErrorTexts.of(e))));
            return reading;
        } catch (IOException e) {
            return reading.refused(new Problem(Severity.ERROR, name, Text.of("input.cannotReadFile", e.getMessage()), null));
        }
        // Only a file read to its end counts: a hostile or broken file contributes nothing.
        return reading;
    }

    /** "refused: ..." with its reason as a keyed text. */
    private static Problem refusal(String location, Text why) {
        return new Problem(Severity.ERROR, location, Text.of("import.aws.refused", why), null);
    }

    /** The nearest enclosing folder named like a Region ("us-east-1"), else empty. */
    static String regionOf(Path relative) {
        for (Path p = relative.getParent(); p != null; p = p.getParent()) {
            String folder = p.getFileName().toString();
            if (REGION.matcher(folder).matches()) {
                return folder;
            }
        }
        return "";
    }
}
