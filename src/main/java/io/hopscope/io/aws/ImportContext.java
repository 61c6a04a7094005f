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

    /**
     * Each id's resource, where it was first read (written out only for a duplicate's warning) and
     * its places in {@code order} and in its class's list of {@code byClass}: one entry, so that an
     * add is one map insertion, not three (40,000 adds at quota scale).
     */
    private final Map<String, Entry> entries;
    private final Set<String> unmodelledIds;
    private final List<Resource> order = new ArrayList<>();
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
    /** A copy or view for a pass on another thread: it looks resources up and reports problems, never adds. */
    private final boolean detached;
    /** In a view for a share of a pass: its adds, made in the original by {@link #replay}. */
    private final DeferredAdds deferred;

    private record Entry(Resource resource, Sourced<?> source, int inOrder, int inClass) {
    }

    /**
     * {@code records}: how many describe records the import holds, about as many resources as it
     * makes; the id map is sized for them at once (growing to 40,000 ids rehashed it twelve times).
     */
    ImportContext(int records) {
        this.detached = false;
        this.deferred = null;
        entries = new HashMap<>(records * 4 / 3 + 16);
        unmodelledIds = new HashSet<>();
    }

    /** A copy of the original's resources, or (with {@code deferred}) a view that reads the original's own maps. */
    private ImportContext(ImportContext original, DeferredAdds deferred) {
        this.detached = true;
        this.deferred = deferred;
        entries = deferred != null ? original.entries : new HashMap<>(original.entries);
        unmodelledIds = deferred != null ? original.unmodelledIds : new HashSet<>(original.unmodelledIds);
    }

    /**
     * A copy of the resources imported so far, for a pass that runs on another thread while this
     * context goes on: it reports into its own problem list, which the caller then puts in place
     * with {@link #insertProblems}. Adding or replacing a resource in it is a bug and throws.
     */
    ImportContext detached() {
        return new ImportContext(this, null);
    }

    /**
     * A view for a share of a pass, on this thread or another: it reads this context's resources
     * without copying them, so nothing may change this context until its adds are {@link #replay
     * replayed}; it keeps its adds and problems for that. A share must not act on the answer of
     * its {@code add} (always true) nor look up what it added itself: both exist only at replay.
     */
    ImportContext deferring() {
        return new ImportContext(this, new DeferredAdds());
    }

    /** Adds what a {@link #deferring} view's share added, and reports its problems, in the share's order. */
    void replay(ImportContext share) {
        share.deferred.replayInto(this, share.problems);
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
        if (deferred != null) {
            deferred.record(r, source, problems.size());
            return true;
        }
        refuseIfDetached(r);
        List<Resource> sameClass = byClass.computeIfAbsent(r.getClass(), k -> new ArrayList<>());
        Entry first = entries.putIfAbsent(r.id(), new Entry(r, source, order.size(), sameClass.size()));
        if (first != null) {
            warning(source, "", Text.of("import.aws.duplicateId", r.id(), first.source().location("")), r.id());
            return false;
        }
        order.add(r);
        sameClass.add(r);
        return true;
    }

    /** Replaces an already added resource (same id), keeping its place. */
    void replace(Resource r) {
        refuseIfDetached(r);
        Entry old = entries.get(r.id());
        if (old == null) {
            throw new IllegalStateException("no resource " + r.id() + " to replace");
        }
        entries.put(r.id(), new Entry(r, old.source(), old.inOrder(), old.inClass()));
        order.set(old.inOrder(), r);
        if (old.resource().getClass() == r.getClass()) {
            byClass.get(r.getClass()).set(old.inClass(), r);
        } else {
            classChanged = true;
        }
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
        Entry e = id == null ? null : entries.get(id);
        return e == null ? "" : e.source().location("");
    }

    boolean has(String id) {
        return id != null && entries.containsKey(id);
    }

    <T extends Resource> T get(String id, Class<T> type) {
        Entry e = id == null ? null : entries.get(id);
        return e != null && type.isInstance(e.resource()) ? type.cast(e.resource()) : null;
    }

    @SuppressWarnings("unchecked")
    <T extends Resource> List<T> all(Class<T> type) {
        if (detached) {
            throw new IllegalStateException("a detached import context keeps no order of " + type.getSimpleName());
        }
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
        if (detached) {
            throw new IllegalStateException("a detached import context cannot mark " + id);
        }
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
