package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;

/**
 * Reads a live account with read-only listings ({@link CollectCalls}) and writes the describe-*
 * JSON files {@code trace} and {@code import} read: one folder per Region, under one folder per
 * profile when several are given. One request per listing, Region and page, and per parent and page
 * for the calls AWS answers one route table, load balancer or gateway at a time ({@link CallReader});
 * a progress line per request; a denied call is reported with the IAM action it needs and the rest
 * goes on. Nothing leaves the machine but the describe calls themselves.
 */
public final class AwsCollector {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String GLOBAL = "account-wide, read once in ";

    /** What to read: Regions (at least one), profiles (none = the default chain), an endpoint override for tests. */
    public record Options(Path out, List<String> regions, List<String> profiles, URI endpoint) {
        public Options {
            regions = List.copyOf(regions);
            profiles = List.copyOf(profiles);
        }
    }

    /** What was read: files and records written, the listings denied (IAM action and where). */
    public record Result(int files, int records, List<String> denied) {
    }

    private AwsCollector() {
    }

    /** The Regions the SDK knows, by code, sorted: what a Region picker offers. */
    public static List<String> knownRegions() {
        return Region.regions().stream().map(Region::id).filter(r -> !r.startsWith("aws-")).sorted().toList();
    }

    /** The Region the default chain names (AWS_REGION, aws.region, the default profile), or null. */
    public static String defaultRegion() {
        try {
            return software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain.builder().build().getRegion().id();
        } catch (RuntimeException e) {
            return null; // no Region configured: the picker starts empty
        }
    }

    /** Listings read in each Region (and profile): the denominator of a progress bar. */
    public static int listingsPerRegion() {
        return CollectCalls.ALL.size();
    }

    public static Result collect(Options o, Consumer<String> progress, BooleanSupplier cancelled) throws CollectException {
        if (o.regions().isEmpty()) {
            throw new CollectException("no Region: give --region (repeat it for several)");
        }
        for (String r : o.regions()) {
            if (o.endpoint() == null && !Region.regions().contains(Region.of(r))) {
                throw new CollectException("unknown Region '" + r + "' (for example us-east-1, eu-west-1)");
            }
        }
        List<String> profiles = o.profiles().isEmpty() ? java.util.Collections.singletonList(null) : o.profiles();
        int files = 0;
        int records = 0;
        List<String> denied = new ArrayList<>();
        for (String profile : profiles) {
            String first = o.regions().get(0);
            for (String region : o.regions()) {
                Path dir = o.profiles().size() > 1 ? o.out().resolve(profile).resolve(region) : o.out().resolve(region);
                Map<CollectCall, ArrayNode> read = new LinkedHashMap<>();
                Map<String, ArrayNode> byKey = new HashMap<>();
                try (CollectClients clients = new CollectClients(region, profile, o.endpoint())) {
                    CallReader reader = new CallReader(clients, region, profile, progress, denied, cancelled);
                    for (CollectCall call : CollectCalls.ALL) {
                        if (cancelled.getAsBoolean()) {
                            throw new CollectException("cancelled; nothing more was read");
                        }
                        if (call.global() && !region.equals(first)) {
                            progress.accept((profile == null ? "" : profile + " ") + region + " " + call.action() + ": "
                                    + GLOBAL + first);
                            continue;
                        }
                        ArrayNode all = reader.read(call, byKey);
                        if (all != null) {
                            read.put(call, all);
                            byKey.put(call.key(), all);
                            records += all.size();
                        }
                    }
                }
                files += write(dir, read);
            }
        }
        return new Result(files, records, denied);
    }

    /**
     * Whether a progress line closes one call of {@link #listingsPerRegion()}: a listing's first page, a
     * per-parent call's summary, a denial, or an account-wide call left to the first Region.
     */
    public static boolean endsCall(String line) {
        return line.contains(" page 1: ") || line.contains(": access denied") || line.matches(".* read for \\d+ .*")
                || line.contains(GLOBAL) || line.contains(" could not be listed");
    }

    private static int write(Path dir, Map<CollectCall, ArrayNode> read) throws CollectException {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<CollectCall, ArrayNode> e : read.entrySet()) {
                ObjectNode root = JSON.createObjectNode();
                root.set(e.getKey().key(), e.getValue());
                Path target = dir.resolve(e.getKey().file() + ".json");
                Path tmp = dir.resolve("." + e.getKey().file() + ".json.tmp");
                JSON.writeValue(tmp.toFile(), root);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return read.size();
        } catch (IOException e) {
            throw new CollectException(dir + ": cannot write: " + e.getMessage());
        }
    }
}
