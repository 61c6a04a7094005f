package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkField;

/**
 * A local EC2, RDS, ELBv2, Lambda and Direct Connect endpoint (the JDK's HttpServer) answering with the records of
 * shared AWS snapshots: each listing collect makes is answered from the snapshot files holding its
 * records ({@code Vpcs}, {@code DBInstances}, {@code Functions}...), {@code pageSize} records a page
 * joined by the service's own token ({@code nextToken}, {@code Marker}, {@code NextMarker}), in the
 * wire format of the service's protocol ({@link QueryApiWire}; Lambda's REST JSON as is; Direct
 * Connect's JSON 1.1 in {@link RecordedDirectConnect}). A per-parent call (propagations, routes,
 * listeners, target health, attributes) is answered from Batfish's aggregate element for the parent
 * the request names. Faults
 * on demand: a throttling error on the first request of an action, an access-denied error on every
 * request of another. It counts requests per action.
 */
public final class RecordedAwsServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String[]> SERVICES = Map.of(
        "2016-11-15", new String[] {"ec2", "software.amazon.awssdk.services.ec2.model", "http://ec2.amazonaws.com/doc/2016-11-15/"},
        "2014-10-31", new String[] {"rds", "software.amazon.awssdk.services.rds.model", "http://rds.amazonaws.com/doc/2014-10-31/"},
        "2015-12-01", new String[] {"elb", "software.amazon.awssdk.services.elasticloadbalancingv2.model",
            "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"});
    private static final List<String> TOKENS = List.of("NextToken", "Marker", "NextMarker");

    public final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    final Map<String, Integer> records = new HashMap<>();
    private final Map<String, ArrayNode> byKey = new HashMap<>();
    private final int pageSize;
    private final Set<String> throttleOnce;
    private final Set<String> denied;
    private final HttpServer server;
    private final RecordedDirectConnect directConnect = new RecordedDirectConnect(this);
    private volatile long delayMillis;
    private volatile boolean searchWithoutToken;
    private final Set<String> stuck = ConcurrentHashMap.newKeySet();

    public RecordedAwsServer(List<Path> snapshotDirs, int pageSize, Set<String> throttleOnce, Set<String> denied)
            throws IOException {
        for (Path dir : snapshotDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode root = JSON.readTree(f.toFile());
                    root.fields().forEachRemaining(e -> {
                        if (e.getValue().isArray()) {
                            byKey.computeIfAbsent(e.getKey(), k -> JSON.createArrayNode()).addAll((ArrayNode) e.getValue());
                        }
                    });
                }
            }
        }
        byKey.forEach((k, v) -> records.put(k, v.size()));
        this.pageSize = pageSize;
        this.throttleOnce = throttleOnce;
        this.denied = denied;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            try {
                handle(x);
            } catch (RuntimeException e) {
                // A fault of this stand-in, not of collect: fail loudly rather than look like a network error.
                e.printStackTrace();
                send(x, 500, "text/plain", "RecordedAwsServer: " + e);
            }
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers each request after {@code millis}, as a far Region does: long enough to press Cancel mid-run. */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** Pages a listing of {@code key} takes with this server's page size (an empty listing is one page). */
    int pages(String key) {
        int n = records(key).size();
        return Math.max(1, (n + pageSize - 1) / pageSize);
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (x.getRequestURI().getPath().startsWith("/2015-03-31/functions")) {
            lambda(x);
            return;
        }
        String target = x.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            directConnect.handle(x, target, body);
            return;
        }
        String action = param(body, "Action");
        String[] service = SERVICES.get(param(body, "Version"));
        int n = requests.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
        if (service == null) {
            send(x, 400, "text/xml", error("ec2", "InvalidAction", "unknown version"));
            return;
        }
        if (denied.contains(action)) {
            send(x, 403, "text/xml", error(service[0], service[0].equals("ec2") ? "UnauthorizedOperation" : "AccessDenied",
                    "You are not authorized to perform this operation."));
            return;
        }
        if (n == 1 && throttleOnce.contains(action)) {
            send(x, service[0].equals("ec2") ? 503 : 400, "text/xml", error(service[0],
                    service[0].equals("ec2") ? "RequestLimitExceeded" : "Throttling", "Rate exceeded"));
            return;
        }
        CollectCall call = CollectCalls.ALL.stream().filter(c -> c.action().endsWith(":" + action)).findFirst().orElseThrow();
        List<SdkField<?>> fields = QueryApiWire.responseFields(service[1], action);
        SdkField<?> tokenField = fields.stream().filter(f -> TOKENS.contains(f.memberName())).findFirst().orElse(null);
        ArrayNode all = call.parent() == null ? byKey.getOrDefault(call.key(), JSON.createArrayNode())
                : childRecords(call, param(body, call.parent().idField()));
        if (action.equals("SearchTransitGatewayRoutes")) {
            // Filters is required by the API; collect asks for the static routes.
            if (!param(body, "Filter.1.Name").equals("type")) {
                send(x, 400, "text/xml", error("ec2", "MissingParameter", "The request must contain the parameter Filters"));
                return;
            }
            all = filter(all, "Type", param(body, "Filter.1.Value.1"));
        }
        int from = tokenField == null || stuck.contains(action) ? 0
                : offset(param(body, service[0].equals("ec2") ? "NextToken" : "Marker"));
        int to = tokenField == null ? all.size() : Math.min(all.size(), from + pageSize);
        StringBuilder content = new StringBuilder();
        ArrayNode page = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            page.add(all.get(i));
        }
        QueryApiWire.element(content, QueryApiWire.field(fields, call.member()), page);
        if (QueryApiWire.field(fields, "AdditionalRoutesAvailable") != null) {
            content.append("<additionalRoutesAvailable>").append(to < all.size()).append("</additionalRoutesAvailable>");
        }
        if (to < all.size() && !(searchWithoutToken && action.equals("SearchTransitGatewayRoutes"))) {
            content.append('<').append(tokenField.unmarshallLocationName()).append(">page-").append(to)
                    .append("</").append(tokenField.unmarshallLocationName()).append('>');
        }
        String xml = service[0].equals("ec2")
                ? "<" + action + "Response xmlns=\"" + service[2] + "\"><requestId>req-" + n + "</requestId>" + content
                    + "</" + action + "Response>"
                : "<" + action + "Response xmlns=\"" + service[2] + "\"><" + action + "Result>" + content + "</" + action
                    + "Result><ResponseMetadata><RequestId>req-" + n + "</RequestId></ResponseMetadata></" + action + "Response>";
        send(x, 200, "text/xml", xml);
    }

    /** Lambda's REST JSON: GET /2015-03-31/functions/?Marker=..., the records as the CLI prints them. */
    private void lambda(HttpExchange x) throws IOException {
        requests.computeIfAbsent("ListFunctions", k -> new AtomicInteger()).incrementAndGet();
        if (denied.contains("ListFunctions")) {
            send(x, 403, "application/json", "{\"Type\": \"User\", \"message\": \"not authorized\"}",
                    "AccessDeniedException");
            return;
        }
        String query = x.getRequestURI().getRawQuery();
        ArrayNode all = byKey.getOrDefault("Functions", JSON.createArrayNode());
        int from = offset(query == null ? "" : param(query, "Marker"));
        int to = Math.min(all.size(), from + pageSize);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray("Functions");
        for (int i = from; i < to; i++) {
            page.add(all.get(i));
        }
        if (to < all.size()) {
            out.put("NextMarker", "page-" + to);
        }
        send(x, 200, "application/json", out.toString());
    }

    /** A per-parent call's records for one parent: every aggregate element naming it, joined (none: an empty answer). */
    ArrayNode childRecords(CollectCall call, String parentId) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode element : records(call.key())) {
            JsonNode id = field(element, call.parent().idField());
            if (id != null && id.asText().equals(parentId)) {
                JsonNode list = call.parent().wrap() ? field(element, call.parent().member()) : element;
                if (list != null && list.isArray()) {
                    out.addAll((ArrayNode) list);
                } else if (list != null) {
                    out.add(list);
                }
            }
        }
        return out;
    }

    /** The snapshot's records under {@code key}, whatever its case (Batfish writes DirectConnectGateways, the CLI directConnectGateways). */
    ArrayNode records(String key) {
        ArrayNode out = JSON.createArrayNode();
        byKey.forEach((k, v) -> {
            if (k.equalsIgnoreCase(key)) {
                out.addAll(v);
            }
        });
        return out;
    }

    /**
     * Requests a call should take against this server: a listing's pages (1 when unpaginated), a
     * per-parent call's pages for each parent collect listed (a parent without records is one
     * empty answer). {@code paged}: whether the call follows a token.
     */
    int expectedRequests(CollectCall call, boolean paged) {
        if (call.parent() == null) {
            return paged ? pages(call.key()) : 1;
        }
        int n = 0;
        for (JsonNode parent : records(call.parent().listing())) {
            JsonNode id = field(parent, call.parent().idField());
            if (Set.of("deleted", "deleting").contains(parent.path("State").asText())) {
                continue; // collect does not ask about a parent that is gone
            }
            int size = childRecords(call, id.asText()).size();
            if (call.action().endsWith("SearchTransitGatewayRoutes")) {
                size = filter(childRecords(call, id.asText()), "Type", "static").size();
            }
            n += paged ? Math.max(1, (size + pageSize - 1) / pageSize) : 1;
        }
        return n;
    }

    static JsonNode field(JsonNode record, String name) {
        for (var it = record.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equalsIgnoreCase(name)) {
                return record.get(f);
            }
        }
        return null;
    }

    private static ArrayNode filter(ArrayNode records, String field, String value) {
        ArrayNode out = JSON.createArrayNode();
        records.forEach(r -> {
            if (value.equalsIgnoreCase(r.path(field).asText())) {
                out.add(r);
            }
        });
        return out;
    }

    /** The SigV4 credential scopes Direct Connect calls were signed for ("us-east-1/directconnect/aws4_request"). */
    Set<String> directConnectScopes() {
        return Set.copyOf(directConnect.scopes);
    }

    /**
     * Answers SearchTransitGatewayRoutes as it was before it had NextToken: the first page only,
     * flagged AdditionalRoutesAvailable.
     */
    void searchWithoutNextToken() {
        searchWithoutToken = true;
    }

    /** Makes {@code action} ignore the token it is asked with: every request gets the first page and its token. */
    void stuckOnFirstPage(String action) {
        stuck.add(action);
    }

    /** Makes Direct Connect hold another secret for the caller's key id: every signature then fails to match. */
    void directConnectSecret(String secretKey) {
        directConnect.secretKey = secretKey;
    }

    int pageSize() {
        return pageSize;
    }

    boolean denied(String action) {
        return denied.contains(action);
    }

    boolean throttleOnce(String action) {
        return throttleOnce.contains(action);
    }

    static int offset(String token) {
        return token.startsWith("page-") ? Integer.parseInt(token.substring(5)) : 0;
    }

    private static String error(String service, String code, String message) {
        return service.equals("ec2")
                ? "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message + "</Message></Error></Errors>"
                    + "<RequestID>req-err</RequestID></Response>"
                : "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                    + "</Message></Error><RequestId>req-err</RequestId></ErrorResponse>";
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    static void send(HttpExchange x, int status, String type, String body, String... errorType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        if (errorType.length > 0) {
            x.getResponseHeaders().add("X-Amzn-ErrorType", errorType[0]);
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = x.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
