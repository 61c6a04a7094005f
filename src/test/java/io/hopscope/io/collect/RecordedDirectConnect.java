package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Direct Connect part of {@link RecordedAwsServer}: AWS JSON 1.1 as the service speaks it
 * [DXAPI]: a POST with {@code X-Amz-Target: OvertureService.<Action>}, a JSON body, camelCase
 * members (Batfish's PascalCase records are turned to camelCase), {@code nextToken} pages. A
 * request that is not SigV4-signed for {@code directconnect} (Authorization credential scope,
 * X-Amz-Date, the JSON 1.1 content type, and a signature recomputed here from the test's secret
 * key by the published algorithm, {@link SigV4Check}) is refused as AWS would, so collect's
 * hand-made call is checked on every request. Errors are JSON bodies with {@code __type}.
 */
final class RecordedDirectConnect {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String[]> ACTIONS = Map.of(
            "DescribeDirectConnectGateways", new String[] {"directConnectGateways", null},
            "DescribeDirectConnectGatewayAssociations", new String[] {"directConnectGatewayAssociations", "directConnectGatewayId"},
            "DescribeVirtualInterfaces", new String[] {"virtualInterfaces", null});

    /** The credential scopes seen ("us-east-1/directconnect/aws4_request"): which Region each call was signed for. */
    final Set<String> scopes = ConcurrentHashMap.newKeySet();
    private final RecordedAwsServer server;
    /** The secret key AWS holds for the caller's key id; null: the one the test gave the SDK. */
    volatile String secretKey;

    RecordedDirectConnect(RecordedAwsServer server) {
        this.server = server;
    }

    void handle(HttpExchange x, String target, String body) throws IOException {
        String action = target.substring(target.indexOf('.') + 1);
        int n = server.requests.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
        String auth = String.valueOf(x.getRequestHeaders().getFirst("Authorization"));
        String type = String.valueOf(x.getRequestHeaders().getFirst("Content-Type"));
        int credential = auth.indexOf("Credential=");
        if (!target.startsWith("OvertureService.") || !auth.startsWith("AWS4-HMAC-SHA256 ") || credential < 0
                || !auth.contains("/directconnect/aws4_request") || !auth.contains("SignedHeaders=")
                || x.getRequestHeaders().getFirst("X-Amz-Date") == null || !type.startsWith("application/x-amz-json-1.1")) {
            error(x, 400, "IncompleteSignatureException", "not a SigV4 JSON 1.1 request: " + auth);
            return;
        }
        String scope = auth.substring(credential + "Credential=".length(), auth.indexOf(',', credential));
        String expected = SigV4Check.signature(x, body, secretKey != null ? secretKey : System.getProperty("aws.secretAccessKey"));
        if (!auth.endsWith("Signature=" + expected)) {
            error(x, 403, "InvalidSignatureException", "The request signature we calculated does not match: " + auth);
            return;
        }
        scopes.add(scope.substring(scope.indexOf('/', scope.indexOf('/') + 1) + 1));
        if (server.denied(action)) {
            error(x, 400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/reader is not authorized to perform:"
                    + " directconnect:" + action);
            return;
        }
        if (n == 1 && server.throttleOnce(action)) {
            error(x, 400, "ThrottlingException", "Rate exceeded");
            return;
        }
        String[] shape = ACTIONS.get(action);
        if (shape == null) {
            error(x, 400, "InvalidAction", "unknown action " + action);
            return;
        }
        JsonNode request = JSON.readTree(body.isEmpty() ? "{}" : body);
        ArrayNode all = JSON.createArrayNode();
        for (JsonNode r : server.records(shape[0])) {
            JsonNode id = shape[1] == null ? null : RecordedAwsServer.field(r, shape[1]);
            if (shape[1] == null || id != null && id.asText().equals(request.path(shape[1]).asText())) {
                all.add(camel(r));
            }
        }
        int max = Math.min(server.pageSize(), request.path("maxResults").asInt(100));
        int from = RecordedAwsServer.offset(request.path("nextToken").asText(""));
        int to = Math.min(all.size(), from + max);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray(shape[0]);
        for (int i = from; i < to; i++) {
            page.add(all.get(i));
        }
        if (to < all.size()) {
            out.put("nextToken", "page-" + to);
        }
        x.getResponseHeaders().add("x-amzn-RequestId", "req-" + n);
        RecordedAwsServer.send(x, 200, "application/x-amz-json-1.1", out.toString());
    }

    /** The record as the service sends it: camelCase member names at every depth. */
    private static JsonNode camel(JsonNode v) {
        if (v.isArray()) {
            ArrayNode a = JSON.createArrayNode();
            v.forEach(e -> a.add(camel(e)));
            return a;
        }
        if (!v.isObject()) {
            return v;
        }
        ObjectNode o = JSON.createObjectNode();
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            o.set(Character.toLowerCase(k.charAt(0)) + k.substring(1), camel(v.get(k)));
        }
        return o;
    }

    private static void error(HttpExchange x, int status, String code, String message) throws IOException {
        ObjectNode e = JSON.createObjectNode().put("__type", code).put("message", message);
        RecordedAwsServer.send(x, status, "application/x-amz-json-1.1", e.toString());
    }
}
