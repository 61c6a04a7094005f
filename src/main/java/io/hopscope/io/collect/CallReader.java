package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Reads one {@link CollectCall} in one Region: every page of a listing, or every page for each
 * parent of a per-parent call, with a progress line per request and one when a per-parent call is
 * done. A denied call is reported with the IAM action it needs and yields nothing; a parent deleted
 * between its listing and its call is skipped; bad credentials or an unreachable endpoint stop the
 * collect with one line.
 */
final class CallReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> DENIED = Set.of("UnauthorizedOperation", "AccessDenied", "AccessDeniedException",
            "UnauthorizedException", "Forbidden");
    private static final Set<String> BAD_CREDENTIALS = Set.of("AuthFailure", "InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "InvalidSignatureException", "ExpiredToken",
            "ExpiredTokenException", "InvalidAccessKeyId");
    private static final Set<String> GONE_STATES = Set.of("deleted", "deleting");
    /** The continuation members of the answers collect reads: EC2, ELB, RDS and Lambda, Direct Connect. */
    private static final List<String> TOKENS = List.of("NextToken", "NextMarker", "Marker", "nextToken");

    private final CollectClients clients;
    private final String region;
    private final String profile;
    private final String where;
    private final Consumer<String> progress;
    private final List<String> denied;
    private final BooleanSupplier cancelled;

    CallReader(CollectClients clients, String region, String profile, Consumer<String> progress, List<String> denied,
               BooleanSupplier cancelled) {
        this.clients = clients;
        this.region = region;
        this.profile = profile;
        this.where = (profile == null ? "" : profile + " ") + region;
        this.progress = progress;
        this.denied = denied;
        this.cancelled = cancelled;
    }

    /** The records of {@code call}; null when it was denied or its parents could not be listed. */
    ArrayNode read(CollectCall call, Map<String, ArrayNode> earlier) throws CollectException {
        long t0 = System.nanoTime();
        ArrayNode out = NODES.arrayNode();
        try {
            CollectCall.Parent p = call.parent();
            if (p == null) {
                pages(call, null, out);
                return out;
            }
            ArrayNode parents = earlier.get(p.listing());
            if (parents == null) {
                progress.accept(where + " " + call.action() + ": not read, the " + p.noun() + " could not be listed");
                return null;
            }
            int done = 0;
            int records = 0;
            for (JsonNode parent : parents) {
                String id = parent.path(p.idField()).asText(null);
                if (id == null || gone(parent)) {
                    continue;
                }
                if (cancelled.getAsBoolean()) {
                    throw new CollectException("cancelled; nothing more was read");
                }
                ArrayNode mine = NODES.arrayNode();
                try {
                    pages(call, id, mine);
                } catch (AwsServiceException e) {
                    if (!code(e).contains("NotFound")) {
                        throw e;
                    }
                    progress.accept(where + " " + call.action() + " " + id + ": deleted since it was listed (" + code(e)
                            + "); skipped");
                    continue;
                }
                done++;
                records += mine.size();
                if (p.wrap()) {
                    ObjectNode element = out.addObject();
                    element.put(p.idField(), id);
                    element.set(p.member(), mine);
                } else {
                    out.addAll(mine);
                }
            }
            progress.accept(String.format(Locale.ROOT, "%s %s read for %d %s: %d records (%d ms)", where, call.action(), done,
                    p.noun(), records, (System.nanoTime() - t0) / 1_000_000));
            return out;
        } catch (AwsServiceException e) {
            return denied(call, e);
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

    /** Every page for one parent (or of the listing when {@code id} is null) into {@code into}. */
    private void pages(CollectCall call, String id, ArrayNode into) {
        long t0 = System.nanoTime();
        int page = 0;
        Set<String> tokens = new HashSet<>();
        for (Object response : call.pages().apply(clients, id)) {
            JsonNode json = SdkJson.of(response);
            String token = token(json);
            // The SDK's paginators follow a token as long as one comes back; an endpoint that answers the
            // token it was asked with again would be asked for that page for ever (the AWS CLI stops with
            // "the same next token was received twice"). Such a page repeats one already read.
            if (!token.isEmpty() && !tokens.add(token)) {
                progress.accept(where + " " + call.action() + (id == null ? "" : " " + id) + ": warning: AWS answered"
                        + " the same NextToken twice after " + page + " pages; stopped there, this listing may be incomplete");
                break;
            }
            JsonNode records = json.get(call.member());
            int n = records == null || !records.isArray() ? 0 : records.size();
            if (n > 0) {
                into.addAll((ArrayNode) records);
            }
            progress.accept(String.format(Locale.ROOT, "%s %s page %d%s: %d records (%d ms)", where, call.action(), ++page,
                    id == null ? "" : " for " + id, n, (System.nanoTime() - t0) / 1_000_000));
            // SearchTransitGatewayRoutes flags a truncated answer; an endpoint that flags it without a
            // NextToken to go on with has cut the table short, and the trace would miss routes.
            if (json.path("AdditionalRoutesAvailable").asBoolean(false) && json.path("NextToken").asText("").isEmpty()) {
                progress.accept(where + " " + call.action() + (id == null ? "" : " " + id) + ": warning: AWS has more"
                        + " routes than it answered (AdditionalRoutesAvailable) and no NextToken; this table is incomplete");
                // The SDK's paginator goes on while the flag is set; without a token it would ask for the
                // same first page for ever.
                break;
            }
        }
    }

    /** A denial is reported and yields null; bad credentials and other errors stop the collect. */
    private ArrayNode denied(CollectCall call, AwsServiceException e) throws CollectException {
        String code = code(e);
        if (DENIED.contains(code) || e.statusCode() == 403 && !BAD_CREDENTIALS.contains(code)) {
            denied.add(call.action() + " (" + where + ")");
            progress.accept(where + " " + call.action() + ": access denied; the IAM policy must allow "
                    + call.action() + " (see 'hopscope collect --print-policy'); skipped");
            return null;
        }
        if (BAD_CREDENTIALS.contains(code)) {
            throw new CollectException("AWS refused the credentials" + (profile == null ? "" : " of profile " + profile)
                    + " in " + region + " (" + code + ")");
        }
        throw new CollectException(where + " " + call.action() + ": " + code + ": "
                + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()));
    }

    private static String token(JsonNode answer) {
        for (String name : TOKENS) {
            String t = answer.path(name).asText("");
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private static boolean gone(JsonNode parent) {
        String state = parent.path("State").asText(parent.path("directConnectGatewayState").asText(""));
        return GONE_STATES.contains(state);
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
