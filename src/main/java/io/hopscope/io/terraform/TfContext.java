package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.text.Text;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.UnknownRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one Terraform-to-describe-records mapping: typed access to attribute values (a
 * value of the wrong type refuses the file, naming its JSON path), ids (the real one, or a stable
 * placeholder from the address), links (the value, or the configuration's references), and the
 * placeholders and unknown rule sets found on the way.
 */
final class TfContext {
    final String file;
    final String region;
    final TfConfig config;
    final AwsSnapshot snapshot = new AwsSnapshot();
    final List<Problem> problems = new ArrayList<>();
    private final Map<String, List<TfResource>> byType = new LinkedHashMap<>();
    /** Sized for every resource: 10,000 ids grown from the default size copy the table ten times. */
    private final Map<TfResource, String> ids;
    private final List<PlanUnknowns.Placeholder> placeholders = new ArrayList<>();
    private final TfPlaceholderFields placeheld;
    private final List<UnknownRules> ruleSets = new ArrayList<>();
    /** Security groups written so far, so an interface naming another one gets a stub with unknown rules. */
    final Set<String> securityGroups = new HashSet<>();
    private final TfLinks links = new TfLinks(this);
    private final TfHashes hashes;

    TfContext(String file, String region, List<TfResource> resources, JsonNode configuration, TfHashes hashes) {
        this.file = file;
        this.region = region == null ? "" : region;
        this.config = new TfConfig(configuration, resources);
        this.ids = new IdentityHashMap<>(resources.size());
        this.placeheld = new TfPlaceholderFields(resources.size() * 2);
        this.hashes = hashes;
        for (TfResource r : resources) {
            byType(r);
        }
    }

    /** One resource at a time: C1 compiles a method called per resource long before a loop run once (10,000 turns). */
    private void byType(TfResource r) {
        byType.computeIfAbsent(r.isData() ? "data." + r.type() : r.type(), k -> new ArrayList<>()).add(r);
    }

    List<TfResource> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    PlanUnknowns unknowns() {
        return new PlanUnknowns(placeholders, ruleSets);
    }

    // ---- ids -------------------------------------------------------------------------------

    /** The resource's id: its {@code id} value when known, else a placeholder derived from its address. */
    String id(TfResource r) {
        String cached = ids.get(r);
        if (cached != null) {
            return cached;
        }
        String id = newId(r);
        ids.put(r, id);
        return id;
    }

    private String newId(TfResource r) {
        TfKind kind = TfKind.ofType(r.type());
        String id = knownId(r);
        if (id == null && (kind == TfKind.LOAD_BALANCER || kind == TfKind.TARGET_GROUP)) {
            id = TfLoadBalancerMapper.placeholderArn(this, r, kind);
            placeholder(id, "ARN", id, r);
        } else if (id == null) {
            id = (kind == null ? "" : kind.prefix) + (kind == TfKind.DB_INSTANCE || kind == TfKind.DB_SUBNET_GROUP
                    ? "tf-" + r.address().name() + "-" : "") + hashes.hash(r.text());
            placeholder(id, "id", id, r);
        }
        return id;
    }

    private String knownId(TfResource r) {
        try {
            return switch (r.type()) {
                case "aws_db_instance" -> first(text(r, "identifier"), text(r, "id"));
                case "aws_db_subnet_group" -> first(text(r, "name"), text(r, "id"));
                case "aws_default_route_table" -> text(r, "default_route_table_id");
                case "aws_default_network_acl" -> text(r, "default_network_acl_id");
                case "aws_vpc_peering_connection_accepter" -> text(r, "vpc_peering_connection_id");
                case "aws_ec2_transit_gateway_peering_attachment_accepter" -> text(r, "transit_gateway_attachment_id");
                case "aws_lb", "aws_alb", "aws_lb_target_group", "aws_alb_target_group" -> first(text(r, "arn"), text(r, "id"));
                case "aws_prefix_list", "aws_ec2_managed_prefix_list" -> first(text(r, "id"), text(r, "prefix_list_id"));
                default -> text(r, "id");
            };
        } catch (TfInputException e) {
            return null;
        }
    }

    /** A derived id for something Terraform creates implicitly (a VPC's main route table): from the address and a role. */
    String derivedId(TfResource owner, String valueAttribute, TfKind kind, String role) throws TfInputException {
        String known = text(owner, valueAttribute);
        if (known != null) {
            return known;
        }
        String id = kind.prefix + hashes.hash(owner.text() + "#" + role);
        placeholder(id, role + " id", id, owner);
        return id;
    }

    void placeholder(String resourceId, String field, String value, TfResource r) {
        if (placeheld.add(resourceId, field)) {
            placeholders.add(new PlanUnknowns.Placeholder(resourceId, field, value, r.text()));
        }
    }

    void unknownRules(String resourceId, UnknownRules.Side side, TfResource r, String why) {
        if (ruleSets.stream().noneMatch(u -> u.resourceId().equals(resourceId) && u.side() == side)) {
            ruleSets.add(new UnknownRules(resourceId, side, r.text(), why));
        }
    }

    // ---- links -----------------------------------------------------------------------------

    /** The id {@code attribute} names: its value when known, else the first resource its configuration refers to. */
    String ref(TfResource r, String attribute, TfKind kind) throws TfInputException {
        return links.ref(r, attribute, kind);
    }

    /** The ids of a list attribute ({@code subnet_ids}): the known values, or every referenced resource of the kind. */
    List<String> refs(TfResource r, String attribute, TfKind kind) throws TfInputException {
        return links.refs(r, attribute, kind);
    }

    /** The id of {@code t} as a link of {@code kind}: a VPC stands for its main table, default ACL or default group. */
    String idAs(TfResource t, TfKind kind) throws TfInputException {
        TfKind own = TfKind.ofType(t.type());
        if (own == kind) {
            return id(t);
        }
        if (own == TfKind.VPC) {
            return switch (kind) {
                case ROUTE_TABLE -> derivedId(t, "main_route_table_id", TfKind.ROUTE_TABLE, "main route table");
                case NETWORK_ACL -> derivedId(t, "default_network_acl_id", TfKind.NETWORK_ACL, "default network ACL");
                case SECURITY_GROUP -> derivedId(t, "default_security_group_id", TfKind.SECURITY_GROUP,
                        "default security group");
                default -> null;
            };
        }
        if (own == TfKind.EIP && kind == TfKind.EIP) {
            return id(t);
        }
        return null;
    }

    // ---- values ----------------------------------------------------------------------------

    /** As {@link #text(JsonNode, String, String)}; the JSON path is only built for a refusal (10,000s of reads). */
    String text(TfResource r, String attribute) throws TfInputException {
        JsonNode v = r.values().get(attribute);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(r.path() + ".values." + attribute, "a string", v);
        }
        return v.textValue();
    }

    static String text(JsonNode o, String attribute, String path) throws TfInputException {
        JsonNode v = o.get(attribute);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(path + "." + attribute, "a string", v);
        }
        return v.textValue();
    }

    Boolean bool(TfResource r, String attribute) throws TfInputException {
        JsonNode v = r.values().get(attribute);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrong(r.path() + ".values." + attribute, "true or false", v);
        }
        return v.booleanValue();
    }

    static Boolean bool(JsonNode o, String attribute, String path) throws TfInputException {
        JsonNode v = o.get(attribute);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrong(path + "." + attribute, "true or false", v);
        }
        return v.booleanValue();
    }

    static Integer integer(JsonNode o, String attribute, String path) throws TfInputException {
        JsonNode v = o.get(attribute);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual() && v.textValue().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.textValue()); // the provider keeps some ports as strings
        }
        throw wrong(path + "." + attribute, "a whole number", v);
    }

    List<String> texts(TfResource r, String attribute) throws TfInputException {
        return TfValues.texts(r, attribute);
    }

    List<AwsTag> tags(TfResource r) throws TfInputException {
        List<AwsTag> ready = hashes.tags(r);
        return ready != null ? ready : readTags(r);
    }

    static List<AwsTag> readTags(TfResource r) throws TfInputException {
        JsonNode t = r.values().get("tags");
        if (t == null || t.isNull()) {
            return List.of(new AwsTag("Name", r.text()));
        }
        if (!t.isObject()) {
            throw wrong(r.path() + ".values.tags", "an object", t);
        }
        JsonNode n = t.get("Name");
        // The path is built only to refuse: an instance's tags are read for every instance.
        String name = n == null || n.isNull() ? null : n.isTextual() ? n.textValue() : text(t, "Name", r.path() + ".values.tags");
        List<AwsTag> out = new ArrayList<>(List.of(new AwsTag("Name", name == null || name.isBlank() ? r.text() : name)));
        // Every other tag too, for the tag:Key=Value selectors of exposure, matrix and check.
        t.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("Name") && e.getValue().isTextual()) {
                out.add(new AwsTag(e.getKey(), e.getValue().textValue()));
            }
        });
        return out;
    }

    static TfInputException wrong(String path, String expected, JsonNode found) {
        return new TfInputException(path + ": expected " + expected + ", found " + TfTree.kind(found));
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }

    // ---- records and problems ----------------------------------------------------------------

    <T> void add(T record, TfResource r) {
        snapshot.add(new Sourced<>(record, file, r.path(), region));
    }

    /** A note on {@code r} for the import report, keyed so the app's Problems panel says it in the UI's language. */
    void note(Severity severity, TfResource r, Text message) {
        problems.add(new Problem(severity, file + ": " + r.path(), Text.of("import.tf.note", r.text(), message), null));
    }
}
