package io.hopscope.io.aws.describe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stage one: reads every {@code *.json} file under a directory (Region sub-folders included) and
 * binds the elements of each known top-level key to the describe records. Files are recognised by
 * their top-level key, never by name, because Batfish snapshots name them {@code Subnets.json} and
 * the CLI user {@code describe-subnets.json}. Read limits refuse hostile files before they cost much.
 */
public final class AwsDescribeReader {

    /** Far above a quota-scale account (10,000 ENIs is about 30 MB of CLI output). */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    private static final int MAX_FOLDER_DEPTH = 6;
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d+");

    private static final Map<String, Class<?>> RECORD_TYPES = Map.ofEntries(
            Map.entry("Vpcs", AwsVpc.class),
            Map.entry("Subnets", AwsSubnet.class),
            Map.entry("RouteTables", AwsRouteTable.class),
            Map.entry("NetworkAcls", AwsNetworkAcl.class),
            Map.entry("SecurityGroups", AwsSecurityGroup.class),
            Map.entry("InternetGateways", AwsGateways.InternetGateway.class),
            Map.entry("EgressOnlyInternetGateways", AwsGateways.EgressOnlyInternetGateway.class),
            Map.entry("VpnGateways", AwsGateways.VpnGateway.class),
            Map.entry("TransitGateways", AwsGateways.TransitGateway.class),
            Map.entry("NatGateways", AwsNatGateway.class),
            Map.entry("VpcEndpoints", AwsVpcEndpoint.class),
            Map.entry("VpcPeeringConnections", AwsPeeringConnection.class),
            Map.entry("PrefixLists", AwsPrefixList.class),
            Map.entry("NetworkInterfaces", AwsNetworkInterface.class),
            Map.entry("DBInstances", AwsDbInstance.class),
            Map.entry("Addresses", AwsAddress.class),
            Map.entry("CustomerGateways", AwsHybrid.CustomerGateway.class),
            Map.entry("VpnConnections", AwsHybrid.VpnConnection.class),
            // Direct Connect: camelCase as the AWS CLI prints it, PascalCase as Batfish snapshots write it.
            Map.entry("directConnectGateways", AwsHybrid.DirectConnectGateway.class),
            Map.entry("DirectConnectGateways", AwsHybrid.DirectConnectGateway.class),
            Map.entry("directConnectGatewayAssociations", AwsHybrid.DirectConnectGatewayAssociation.class),
            Map.entry("DirectConnectGatewayAssociations", AwsHybrid.DirectConnectGatewayAssociation.class),
            Map.entry("virtualInterfaces", AwsHybrid.VirtualInterface.class),
            Map.entry("VirtualInterfaces", AwsHybrid.VirtualInterface.class));
    private static final String RESERVATIONS = "Reservations";

    private final long maxFileBytes;
    private final ObjectMapper mapper;

    public AwsDescribeReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public AwsDescribeReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(maxFileBytes)
                        .build())
                .build();
        SimpleModule timestamps = new SimpleModule("aws-timestamps");
        timestamps.addDeserializer(Instant.class, new AwsTimestamps.Deserializer());
        this.mapper = JsonMapper.builder(factory)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
                .addModule(timestamps)
                .build();
    }

    /** Reads a directory; every problem, including an unreadable directory, is in the result. */
    public AwsSnapshot read(Path dir) {
        AwsSnapshot snapshot = new AwsSnapshot();
        if (!Files.isDirectory(dir)) {
            snapshot.report(Problem.error(dir.toString(), "not a directory (expected a folder of AWS CLI describe-* JSON files)"));
            return snapshot;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, MAX_FOLDER_DEPTH)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            snapshot.report(Problem.error(dir.toString(), "cannot list the directory: " + e.getMessage()));
            return snapshot;
        }
        // The big files (instances, interfaces, security groups) bind on separate cores; each file's
        // yield is merged in path order afterwards, so the snapshot is the same as a sequential read.
        List<FileReading> readings = files.size() < 2 ? files.stream().map(f -> readFile(dir, f)).toList()
                : files.parallelStream().map(f -> readFile(dir, f)).toList();
        for (FileReading reading : readings) {
            reading.records.forEach(snapshot::add);
            reading.problems.forEach(snapshot::report);
        }
        return snapshot;
    }

    /** Everything one file contributes; a refused or broken file contributes only its problem. */
    private FileReading readFile(Path root, Path file) {
        Path relative = root.relativize(file);
        String name = relative.toString().replace('\\', '/');
        FileReading reading = new FileReading(name, regionOf(relative));
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return reading.refused(Problem.error(name, "refused: the file is " + size + " bytes, over the "
                        + maxFileBytes + "-byte limit"));
            }
            try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return reading.refused(Problem.warning(name, "skipped: the top level is not a JSON object"));
                }
                readTopLevel(p, reading);
            }
        } catch (StreamConstraintsException e) {
            return reading.refused(Problem.error(name, "refused: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return reading.refused(Problem.error(name, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            return reading.refused(Problem.error(name, "cannot read the file: " + e.getMessage()));
        }
        // Only a file read to its end counts: a hostile or broken file contributes nothing.
        return reading;
    }

    /** What one file yields, kept apart until the whole file has been read. */
    private static final class FileReading {
        final String file;
        final String region;
        final List<Sourced<?>> records = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        FileReading(String file, String region) {
            this.file = file;
            this.region = region;
        }

        /** Drops what was read so far: the file yields this one problem only. */
        FileReading refused(Problem problem) {
            records.clear();
            problems.clear();
            problems.add(problem);
            return this;
        }
    }

    private void readTopLevel(JsonParser p, FileReading reading) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals(RESERVATIONS)) {
                readReservations(p, reading);
            } else if (RECORD_TYPES.containsKey(key)) {
                readArray(p, reading, "$." + key, RECORD_TYPES.get(key));
            } else {
                reading.problems.add(new Problem(Severity.INFO, reading.file + ": $." + key,
                        "skipped: unknown key " + key, null));
                p.skipChildren();
            }
        }
    }

    private void readReservations(JsonParser p, FileReading reading) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            reading.problems.add(Problem.error(reading.file + ": $." + RESERVATIONS, "expected a list; skipped"));
            p.skipChildren();
            return;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                reading.problems.add(Problem.error(reading.file + ": $." + RESERVATIONS + "[" + i + "]",
                        "expected an object; skipped"));
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                if (key.equals("Instances")) {
                    readArray(p, reading, "$." + RESERVATIONS + "[" + i + "].Instances", AwsInstance.class);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /**
     * Binds each element of the array at the parser's position; an element that does not bind is
     * reported with its path and skipped to its end, so its siblings still load.
     */
    private void readArray(JsonParser p, FileReading reading, String path, Class<?> type) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            reading.problems.add(Problem.error(reading.file + ": " + path, "expected a list; skipped"));
            p.skipChildren();
            return;
        }
        JsonStreamContext array = p.getParsingContext();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            String elementPath = path + "[" + i + "]";
            if (p.currentToken() != JsonToken.START_OBJECT) {
                reading.problems.add(Problem.error(reading.file + ": " + elementPath, "expected an object; skipped"));
                p.skipChildren();
                continue;
            }
            try {
                reading.records.add(new Sourced<>(mapper.readValue(p, type), reading.file, elementPath, reading.region));
            } catch (StreamConstraintsException e) {
                throw e;
            } catch (JsonMappingException e) {
                rethrowReadLimit(e);
                reading.problems.add(Problem.error(reading.file + ": " + elementPath + fieldPath(e),
                        "unreadable " + type.getSimpleName() + ", skipped: " + e.getOriginalMessage()));
                skipToEndOfElement(p, array);
            } catch (IllegalArgumentException e) {
                reading.problems.add(Problem.error(reading.file + ": " + elementPath,
                        "unreadable " + type.getSimpleName() + ", skipped: " + e.getMessage()));
                skipToEndOfElement(p, array);
            }
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
