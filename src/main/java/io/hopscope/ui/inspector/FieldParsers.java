package io.hopscope.ui.inspector;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Text a person types into a field, turned into model values; the messages are the model's own parse messages. */
final class FieldParsers {

    private FieldParsers() {
    }

    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<Cidr> cidrs(String text) {
        return items(text).stream().map(Cidr::parse).toList();
    }

    static List<IpAddress> ips(String text) {
        return items(text).stream().map(FieldParsers::ip).toList();
    }

    static IpAddress ip(String text) {
        try {
            return IpAddress.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "'" + text + "' is not an IP address" : e.getMessage());
        }
    }

    /** An IP, or null for an empty field. */
    static IpAddress optionalIp(String text) {
        return text.isBlank() ? null : ip(text);
    }

    /** A CIDR, or null for an empty field. */
    static Cidr optionalCidr(String text) {
        return text.isBlank() ? null : Cidr.parse(text);
    }

    static String join(List<?> values) {
        return String.join(", ", values.stream().map(Objects::toString).toList());
    }

    /** Security groups named by id or name, among the groups of {@code vpcId}. */
    static List<String> groups(NetworkModel m, String vpcId, String text) {
        List<String> ids = new ArrayList<>();
        for (String item : items(text)) {
            SecurityGroup found = m.securityGroups().stream()
                    .filter(g -> Objects.equals(g.vpcId(), vpcId) || vpcId == null)
                    .filter(g -> g.id().equals(item) || g.name().equals(item))
                    .findFirst()
                    .orElseThrow(() -> io.hopscope.edit.EditRefusal.invalid("edit.refusal.noGroupInVpc", item));
            ids.add(found.id());
        }
        return ids;
    }

    static String groupNames(NetworkModel m, List<String> ids) {
        return join(ids.stream().map(id -> {
            SecurityGroup g = m.securityGroup(id);
            return g == null ? id : g.label();
        }).toList());
    }
}
