package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An SDK response as the AWS CLI prints it: the API's member names ({@code VpcId}, {@code Tags}),
 * timestamps in ISO 8601, unset lists left out. The describe reader then reads it like CLI output.
 */
final class SdkJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    static JsonNode of(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof JsonNode j) {
            return j; // Direct Connect's JSON answer is already what the CLI prints
        }
        if (v instanceof SdkPojo p) {
            ObjectNode o = NODES.objectNode();
            for (SdkField<?> f : p.sdkFields()) {
                Object x = f.getValueOrDefault(p);
                if (x == null || x instanceof SdkAutoConstructList<?> || x instanceof SdkAutoConstructMap<?, ?>) {
                    continue;
                }
                o.set(f.memberName(), of(x));
            }
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = NODES.arrayNode();
            l.forEach(x -> a.add(of(x)));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), of(x)));
            return o;
        }
        if (v instanceof Instant t) {
            return NODES.textNode(t.toString());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long n) {
            return NODES.numberNode(n);
        }
        if (v instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (v instanceof SdkBytes b) {
            return NODES.textNode(b.asUtf8String());
        }
        return NODES.textNode(v.toString());
    }
}
