package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;

/**
 * Writes describe-* records (the AWS CLI's JSON: API member names) in the XML wire format of the
 * EC2 and AWS query protocols, as the service would send them. Element names are not guessed: they
 * come from the SDK's own shape metadata (each field's location name, each list's member name:
 * {@code <vpcSet><item>} for EC2, {@code <DBInstances><DBInstance>} for RDS, {@code <member>} for
 * ELBv2), so what the SDK parses back is exactly what the service's answer would have carried.
 */
final class QueryApiWire {
    private QueryApiWire() {
    }

    /** The response shape's fields: the SDK model class {@code <Action>Response} of the service's package. */
    static List<SdkField<?>> responseFields(String modelPackage, String action) {
        try {
            // The SDK writes acronyms as words: DescribeDBInstances is DescribeDbInstancesResponse.
            Object builder = Class.forName(modelPackage + "." + action.replace("DB", "Db") + "Response").getMethod("builder")
                    .invoke(null);
            return ((SdkPojo) builder).sdkFields();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no SDK response shape for " + action, e);
        }
    }

    static SdkField<?> field(List<SdkField<?>> fields, String memberName) {
        return fields.stream().filter(f -> f.memberName().equals(memberName)).findFirst().orElse(null);
    }

    /** One field with its JSON value, as an element (or elements, for a flattened list). */
    static void element(StringBuilder sb, SdkField<?> f, JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        String name = f.unmarshallLocationName();
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST) {
            ListTrait lt = f.getTrait(ListTrait.class);
            SdkField<?> member = lt.memberFieldInfo();
            if (!lt.isFlattened()) {
                sb.append('<').append(name).append('>');
            }
            for (JsonNode item : v) {
                String tag = lt.isFlattened() ? name : lt.memberLocationName() != null ? lt.memberLocationName() : "member";
                sb.append('<').append(tag).append('>');
                content(sb, member, item);
                sb.append("</").append(tag).append('>');
            }
            if (!lt.isFlattened()) {
                sb.append("</").append(name).append('>');
            }
            return;
        }
        if (t == MarshallingType.MAP) {
            return; // no EC2, RDS or ELBv2 describe record collect reads carries a map
        }
        sb.append('<').append(name).append('>');
        content(sb, f, v);
        sb.append("</").append(name).append('>');
    }

    private static void content(StringBuilder sb, SdkField<?> f, JsonNode v) {
        if (f.marshallingType() == MarshallingType.SDK_POJO) {
            SdkPojo shape = f.constructor().get();
            for (SdkField<?> child : shape.sdkFields()) {
                element(sb, child, v.get(child.memberName()));
            }
        } else if (f.marshallingType() == MarshallingType.INSTANT) {
            sb.append(instant(v.asText()));
        } else {
            sb.append(escape(v.asText()));
        }
    }

    /** The CLI prints "+00:00" offsets (Batfish's dumps a space for the T); the wire carries ISO 8601 instants. */
    private static String instant(String raw) {
        String text = raw.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException e) {
            return Instant.parse(text).toString();
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
