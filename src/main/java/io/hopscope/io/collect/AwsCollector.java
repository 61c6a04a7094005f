package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/**
 * Reads a live account with read-only listings ({@link CollectCalls}) and writes the describe-*
 * JSON files {@code trace} and {@code import} read: one folder per Region, under one folder per
 * profile when several are given. One request per listing, Region and page; a progress line per
 * page; a denied listing is reported with the IAM action it needs and the rest goes on. Nothing
 * leaves the machine but the describe calls themselves.
 */
public final class AwsCollector {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> DENIED = Set.of("UnauthorizedOperation", "AccessDenied", "AccessDeniedException",
            "UnauthorizedException", "Forbidden");
    private static final Set<String> BAD_CREDENTIALS = Set.of("AuthFailure", "InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "ExpiredToken", "InvalidAccessKeyId");

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
            for (String region : o.regions()) {
                Path dir = o.profiles().size() > 1 ? o.out().resolve(profile).resolve(region) : o.out().resolve(region);
                Map<String, ArrayNode> read = new LinkedHashMap<>();
                try (CollectClients clients = new CollectClients(region, profile, o.endpoint())) {
                    for (CollectCall call : CollectCalls.ALL) {
                        if (cancelled.getAsBoolean()) {
                            throw new CollectException("cancelled; nothing more was read");
                        }
                        ArrayNode all = JSON.createArrayNode();
                        if (readPages(call, clients, region, profile, all, progress, denied)) {
                            read.put(call.file() + "|" + call.key(), all);
                            records += all.size();
                        }
                    }
                }
                files += write(dir, read);
            }
        }
        return new Result(files, records, denied);
    }

    /** Reads every page of one listing into {@code all}; false when it was denied. */
    private static boolean readPages(CollectCall call, CollectClients clients, String region, String profile,
                                     ArrayNode all, Consumer<String> progress, List<String> denied) throws CollectException {
        String where = (profile == null ? "" : profile + " ") + region;
        long t0 = System.nanoTime();
        int page = 0;
        try {
            for (Object response : call.pages().apply(clients)) {
                JsonNode records = SdkJson.of(response).get(call.key());
                int n = records == null ? 0 : records.size();
                if (records != null) {
                    all.addAll((ArrayNode) records);
                }
                progress.accept(String.format(Locale.ROOT, "%s %s page %d: %d records (%d ms)", where, call.action(),
                        ++page, n, (System.nanoTime() - t0) / 1_000_000));
            }
            return true;
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
            if (DENIED.contains(code) || e.statusCode() == 403 && !BAD_CREDENTIALS.contains(code)) {
                denied.add(call.action() + " (" + where + ")");
                progress.accept(where + " " + call.action() + ": access denied; the IAM policy must allow "
                        + call.action() + " (see 'hopscope collect --print-policy'); skipped");
                return false;
            }
            if (BAD_CREDENTIALS.contains(code)) {
                throw new CollectException("AWS refused the credentials" + (profile == null ? "" : " of profile " + profile)
                        + " in " + region + " (" + code + ")");
            }
            throw new CollectException(where + " " + call.action() + ": " + code + ": "
                    + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()));
        } catch (SdkClientException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("credentials") || m.contains("Profile file contained no credentials")) {
                throw new CollectException("no AWS credentials found" + (profile == null
                        ? " (environment, ~/.aws/credentials, SSO, instance or container role); set AWS_PROFILE or give --profile"
                        : " for profile " + profile));
            }
            throw new CollectException("cannot reach AWS for " + region + " (" + firstLine(m) + ")");
        }
    }

    private static int write(Path dir, Map<String, ArrayNode> read) throws CollectException {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, ArrayNode> e : read.entrySet()) {
                String[] fk = e.getKey().split("\\|");
                ObjectNode root = JSON.createObjectNode();
                root.set(fk[1], e.getValue());
                Path target = dir.resolve(fk[0] + ".json");
                Path tmp = dir.resolve("." + fk[0] + ".json.tmp");
                JSON.writeValue(tmp.toFile(), root);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return read.size();
        } catch (IOException e) {
            throw new CollectException(dir + ": cannot write: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
