package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared state of stage two: the resources converted so far (so later converters can check the
 * ids they reference), ids that are known to exist but are not modelled (transit gateways), and
 * the problems, each with its file and JSON path.
 */
final class ImportContext {

    private final Map<String, Resource> resources;
    /** Where each id was first read; its text is only written out for a duplicate's warning. */
    private final Map<String, Sourced<?>> firstSeenAt;
    private final Set<String> unmodelledIds = new HashSet<>();
    private final List<Resource> order = new ArrayList<>();
    /** Each id's place in {@code order} and in its class's list of {@code byClass}. */
    private final Map<String, Slot> position;
    /**
     * The resources of each record class, in import order: the workload and load balancer steps
     * ask for all 10,000 interfaces, which a scan of every resource would find one by one.
     */
    private final Map<Class<?>, List<Resource>> byClass = new HashMap<>();
    /** Set when a resource was replaced by one of another class: {@code byClass} is then not used. */
    private boolean classChanged;
    private final List<Problem> problems = new ArrayList<>();
    /** Accounts repeat the same few thousand CIDRs across tens of thousands of rules; parse each once. */
    private final Map<String, Cidr> parsedCidrs = new HashMap<>();
    /** A copy for a pass on another thread: it looks resources up and reports problems, never adds. */
    private final boolean detached;

    /**
     * {@code records}: how many describe records the import holds, about as many resources as it
     * makes; the id maps are sized for them at once (growing to 40,000 ids rehashed each twelve times).
     */
    ImportContext(int records) {
        this.detached = false;
        int capacity = records * 4 / 3 + 16;
        resources = new HashMap<>(capacity);
        firstSeenAt = new HashMap<>(capacity);
        position = new HashMap<>(capacity);
    }

    private ImportContext(ImportContext original) {
        this.detached = true;
        resources = new HashMap<>(original.resources.size() * 4 / 3 + 16);
        firstSeenAt = new HashMap<>();
        position = new HashMap<>();
        resources.putAll(original.resources);
        unmodelledIds.addAll(original.unmodelledIds);
    }

    /**
     * A copy of the resources imported so far, for a pass that runs on another thread while this
     * context goes on: it reports into its own problem list, which the caller then puts in place
     * with {@link #insertProblems}. Adding or replacing a resource in it is a bug and throws.
     */
    ImportContext detached() {
        return new ImportContext(this);
    }

    /** Problems a detached pass reported, put at {@code index}: where this context would have had them. */
    void insertProblems(int index, List<Problem> reported) {
        problems.addAll(index, reported);
    }

    private void refuseIfDetached(Resource r) {
        if (detached) {
            throw new IllegalStateException("a detached import context cannot add " + r.id());
        }
    }

    /** Adds a converted resource; false (with a warning) when its id was already imported. */
    boolean add(Resource r, Sourced<?> source) {
        refuseIfDetached(r);
        if (resources.containsKey(r.id())) {
            warning(source, "", Text.of("import.aws.duplicateId", r.id(), firstSeenAt.get(r.id()).location("")), r.id());
            return false;
        }
        resources.put(r.id(), r);
        firstSeenAt.put(r.id(), source);
        List<Resource> sameClass = byClass.computeIfAbsent(r.getClass(), k -> new ArrayList<>());
        position.put(r.id(), new Slot(order.size(), sameClass.size()));
        order.add(r);
        sameClass.add(r);
        return true;
    }

    /** Replaces an already added resource (same id), keeping its place. */
    void replace(Resource r) {
        refuseIfDetached(r);
        Resource old = resources.put(r.id(), r);
        if (old == null) {
            throw new IllegalStateException("no resource " + r.id() + " to replace");
        }
        Slot slot = position.get(r.id());
        order.set(slot.inOrder(), r);
        if (old.getClass() == r.getClass()) {
            byClass.get(r.getClass()).set(slot.inClass(), r);
        } else {
            classChanged = true;
        }
    }

    private record Slot(int inOrder, int inClass) {
    }

    /**
     * [GWE] A route or rule may name an AWS-managed prefix list (pl-...) that no
     * describe-prefix-lists output describes. The reference is real, so the model keeps it as a
     * prefix list with no known CIDRs (it matches no address) rather than a dangling id, which the
     * validator rightly treats as an error in a hand-edited file.
     */
    static PrefixList unknownPrefixList(String id) {
        return new PrefixList(id, "", List.of());
    }

    /** "describe-nat-gateways.json: $.NatGateways[2]": where a resource was read, or "" when unknown. */
    String locationOf(String id) {
        Sourced<?> s = id == null ? null : firstSeenAt.get(id);
        return s == null ? "" : s.location("");
    }

    boolean has(String id) {
        return id != null && resources.containsKey(id);
    }

    <T extends Resource> T get(String id, Class<T> type) {
        Resource r = id == null ? null : resources.get(id);
        return type.isInstance(r) ? type.cast(r) : null;
    }

    @SuppressWarnings("unchecked")
    <T extends Resource> List<T> all(Class<T> type) {
        // A record class has no subclasses, so its own list is every instance of it.
        if (!classChanged && Modifier.isFinal(type.getModifiers())) {
            List<Resource> sameClass = byClass.get(type);
            return sameClass == null ? new ArrayList<>() : new ArrayList<>((List<T>) (List<?>) sameClass);
        }
        List<T> list = new ArrayList<>();
        for (Resource r : order) {
            if (type.isInstance(r)) {
                list.add(type.cast(r));
            }
        }
        return list;
    }

    void markUnmodelled(String id) {
        if (id != null) {
            unmodelledIds.add(id);
        }
    }

    boolean isUnmodelled(String id) {
        return id != null && unmodelledIds.contains(id);
    }

    /** A keyed note: the app's Problems panel says it in the UI's language, the CLI in English as before. */
    void error(Sourced<?> at, String field, Text message, String resourceId) {
        problems.add(new Problem(Severity.ERROR, at.location(field), message, resourceId));
    }

    void warning(Sourced<?> at, String field, Text message, String resourceId) {
        problems.add(new Problem(Severity.WARNING, at.location(field), message, resourceId));
    }

    void info(Sourced<?> at, String field, Text message, String resourceId) {
        problems.add(new Problem(Severity.INFO, at.location(field), message, resourceId));
    }

    /** The CIDR if this text was already parsed, else null (nothing reported). */
    Cidr parsedCidr(String text) {
        return text == null ? null : parsedCidrs.get(text);
    }

    /** The CIDR, or null after an error naming the field (the caller says what it drops). */
    Cidr cidr(Sourced<?> at, String field, String text, Text consequence, String resourceId) {
        Cidr known = text == null ? null : parsedCidrs.get(text);
        if (known != null) {
            return known;
        }
        try {
            Cidr cidr = Cidr.parse(text);
            parsedCidrs.put(text, cidr);
            return cidr;
        } catch (IllegalArgumentException e) {
            error(at, field, Text.of("import.aws.then", text == null ? Text.of("import.aws.missingCidr")
                    : Text.of("import.aws.invalidCidr", text), consequence), resourceId);
            return null;
        }
    }

    /** The address, or null after an error naming the field. */
    IpAddress ip(Sourced<?> at, String field, String text, Text consequence, String resourceId) {
        try {
            return IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            error(at, field, Text.of("import.aws.then", text == null ? Text.of("import.aws.missingIp")
                    : Text.of("import.aws.invalidIp", text), consequence), resourceId);
            return null;
        }
    }

    /** True (after an error) when a record lacks its id. */
    boolean missingId(Sourced<?> s, String field, String id) {
        if (id == null || id.isBlank()) {
            error(s, field, Text.of("import.aws.missingId", field), null);
            return true;
        }
        return false;
    }

    NetworkModel build() {
        // Builder.addAll's loop would run interpreted over all 40,000 resources (see LongLoop).
        NetworkModel.Builder model = NetworkModel.builder();
        LongLoop.forEach(order, model::add);
        return model.build();
    }

    List<Problem> problems() {
        return problems;
    }
}
