package io.hopscope.io.aws.describe;

import io.hopscope.text.Text;
import io.hopscope.io.input.JsonErrorTexts;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Streams one describe-* file with Jackson's parser, binding one array element at a time, so
 * memory grows with the records kept (which are counted against the limits), never with a tree
 * of the whole file. Every top-level key goes through {@link #readArray}, so a new key gets the
 * same limits without code of its own.
 */
final class DescribeFileParser {

    /** A record limit was reached: the file (and the import) is refused with this message. */
    static final class RecordLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Text text;

        RecordLimitException(Text text) {
            super(text.toString());
            this.text = text;
        }

        /** The refusal's reason as a keyed text. */
        Text text() {
            return text;
        }
    }

    private static final String RESERVATIONS = "Reservations";

    /** Databind, built when an element first needs it. */
    private final Supplier<ObjectMapper> mapper;
    private final AwsReadLimits limits;
    private final AtomicLong recordsInImport;
    private final Function<String, Class<?>> recordType;
    /** Null: every element goes through databind. */
    private final RecordBinder binder;

    DescribeFileParser(Supplier<ObjectMapper> mapper, AwsReadLimits limits, AtomicLong recordsInImport,
                       Function<String, Class<?>> recordType, RecordBinder binder) {
        this.mapper = mapper;
        this.limits = limits;
        this.recordsInImport = recordsInImport;
        this.recordType = recordType;
        this.binder = binder;
    }

    /** Reads the file's top-level object; {@code source} is the file's bytes, which the parser reads. */
    void readTopLevel(JsonParser p, FileReading reading, byte[] source) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            count(reading);
            Class<?> type = recordType.apply(key);
            if (key.equals(RESERVATIONS)) {
                readReservations(p, reading, source);
            } else if (type != null) {
                readArray(p, reading, null, key, type, source);
            } else {
                reading.report(FileReading.Kind.UNKNOWN_KEYS, new Problem(Severity.INFO, reading.file + ": $." + shorten(key),
                        Text.of("import.aws.unknownKey", shorten(key)), null));
                p.skipChildren();
            }
        }
    }

    private void readReservations(JsonParser p, FileReading reading, byte[] source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            reading.report(FileReading.Kind.NOT_LISTS, new Problem(Severity.ERROR, reading.file + ": $." + RESERVATIONS,
                    Text.of("import.aws.expectedList"), null));
            p.skipChildren();
            return;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            // One call per reservation (10,000 at quota scale), as for the elements below.
            readReservation(p, reading, new ElementPath(null, RESERVATIONS, i), source);
        }
    }

    private void readReservation(JsonParser p, FileReading reading, ElementPath reservation, byte[] source)
            throws IOException {
        count(reading);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            reading.report(FileReading.Kind.NOT_OBJECTS, new Problem(Severity.ERROR, reading.file + ": " + reservation,
                    Text.of("import.aws.expectedObject"), null));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals("Instances")) {
                readArray(p, reading, reservation, key, AwsInstance.class, source);
            } else {
                p.skipChildren();
            }
        }
    }

    /**
     * Binds each element of the array at the parser's position; an element that does not bind is
     * reported with its path and skipped to its end, so its siblings still load. The array is at
     * {@code key} of {@code parent} (null: of the file's top-level object).
     */
    private void readArray(JsonParser p, FileReading reading, ElementPath parent, String key, Class<?> type,
                           byte[] source) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            reading.report(FileReading.Kind.NOT_LISTS, new Problem(Severity.ERROR, reading.file + ": "
                    + ElementPath.array(parent, key), Text.of("import.aws.expectedList"), null));
            p.skipChildren();
            return;
        }
        JsonStreamContext array = p.getParsingContext();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            // One call per element: C1 compiles a method after a few hundred calls, this loop only after 60,000 turns.
            readElement(p, reading, new ElementPath(parent, key, i), type, array, source);
        }
    }

    private void readElement(JsonParser p, FileReading reading, ElementPath at, Class<?> type,
                             JsonStreamContext array, byte[] source) throws IOException {
        count(reading);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            reading.report(FileReading.Kind.NOT_OBJECTS, new Problem(Severity.ERROR, reading.file + ": " + at,
                    Text.of("import.aws.expectedObject"), null));
            p.skipChildren();
            return;
        }
        try {
            reading.records.add(Sourced.at(bind(p, type, array, source), reading.file, at, reading.region));
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JsonMappingException e) {
            rethrowReadLimit(e);
            // Jackson's sentence for the command line, as before; its kind in words for the app.
            reading.report(FileReading.Kind.UNREADABLE_RECORDS, new Problem(Severity.ERROR, reading.file + ": " + at
                    + fieldPath(e), Text.of("import.aws.unreadable", type.getSimpleName(), e.getOriginalMessage()).toString(),
                    null, Text.of("import.aws.unreadableRecord", DescribeRecordNames.of(at.array()), JsonErrorTexts.what(e))));
            skipToEndOfElement(p, array);
        } catch (IllegalArgumentException e) {
            // A record's own refusal: English as before, the app names the AWS resource and not the Java record.
            reading.report(FileReading.Kind.UNREADABLE_RECORDS, new Problem(Severity.ERROR, reading.file + ": " + at,
                    Text.of("import.aws.unreadable", type.getSimpleName(), e.getMessage()).toString(), null,
                    Text.of("import.aws.unreadableRecord", DescribeRecordNames.of(at.array()), Text.of("json.value.other"))));
            skipToEndOfElement(p, array);
        }
    }

    /**
     * The element at the parser's START_OBJECT: the {@link RecordBinder} when the element is plain,
     * else databind over the element's bytes, so an odd element is read (or refused) exactly as
     * databind reads it. Without a byte offset (a UTF-16 file) databind reads it from the parser.
     */
    private Object bind(JsonParser p, Class<?> type, JsonStreamContext array, byte[] source) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        if (binder == null || source == null || start < 0) {
            return mapper.get().readValue(p, type);
        }
        try {
            return binder.bind(p, type);
        } catch (RecordBinder.Unbindable e) {
            skipToEndOfElement(p, array);
            long end = p.currentLocation().getByteOffset();
            return mapper.get().readValue(source, (int) start, (int) (end - start), type);
        }
    }

    /** One more element or key: past a record limit the file is refused, whatever it held. */
    private void count(FileReading reading) throws RecordLimitException {
        if (++reading.elements > limits.maxRecordsPerFile()) {
            throw new RecordLimitException(Text.of("import.aws.limit.recordsPerFile",
                    AwsReadLimits.count(limits.maxRecordsPerFile())));
        }
        if (recordsInImport.incrementAndGet() > limits.maxRecordsPerImport()) {
            throw new RecordLimitException(Text.of("import.aws.limit.recordsPerImport",
                    AwsReadLimits.count(limits.maxRecordsPerImport())));
        }
    }

    /** Databind wraps a read-limit breach; it must refuse the whole file, not just the element. */
    private static void rethrowReadLimit(JsonMappingException e) throws StreamConstraintsException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                throw limit;
            }
        }
    }

    private static void skipToEndOfElement(JsonParser p, JsonStreamContext array) throws IOException {
        while (p.getParsingContext() != array) {
            if (p.nextToken() == null) {
                throw new JsonParseException(p, "unexpected end of input");
            }
        }
    }

    /** ".Routes[2].State" from Jackson's reference chain. */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                // record components are lowerCamel; AWS spells the same keys UpperCamel
                String f = ref.getFieldName();
                sb.append('.').append(f.isEmpty() ? f : Character.toUpperCase(f.charAt(0)) + f.substring(1));
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String shorten(String key) {
        return key.length() > 80 ? key.substring(0, 80) + "..." : key;
    }
}
