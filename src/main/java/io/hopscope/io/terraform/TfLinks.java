package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links of one mapping: the id an attribute names, from its value when known, else from the
 * resources its configuration refers to. In a large plan thousands of counted instances refer to
 * the same whole list ({@code aws_subnet.this} from {@code aws_instance.app[400]}, whose key no
 * subnet has): that list's ids are resolved once per kind, not once per instance. Ids are cached
 * and their placeholders recorded once, so resolving again would give the same ids and record
 * nothing new.
 */
final class TfLinks {
    private final TfContext ctx;
    private final Map<List<TfResource>, Map<TfKind, List<String>>> idsOfWhole = new IdentityHashMap<>();

    TfLinks(TfContext ctx) {
        this.ctx = ctx;
    }

    /** The id {@code attribute} names: its value when known, else the first resource its configuration refers to. */
    String ref(TfResource r, String attribute, TfKind kind) throws TfInputException {
        String known = ctx.text(r, attribute);
        if (known != null && !known.isEmpty()) {
            return known;
        }
        List<String> all = refs(r, attribute, kind);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The ids of a list attribute ({@code subnet_ids}): the known values, or every referenced resource of the kind; not to be changed. */
    List<String> refs(TfResource r, String attribute, TfKind kind) throws TfInputException {
        JsonNode v = r.values().get(attribute);
        if (v != null && v.isArray() && !r.isUnknown(attribute) && !hasUnknownElement(r, attribute)) {
            return ctx.texts(r, attribute);
        }
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            out.addAll(ctx.texts(r, attribute));
        }
        List<TfResource> targets = ctx.config.targets(r, attribute);
        if (!out.isEmpty() || !ctx.config.whole(targets)) {
            return addIds(out, targets, kind);
        }
        Map<TfKind, List<String>> byKind = idsOfWhole.computeIfAbsent(targets, t -> new EnumMap<>(TfKind.class));
        List<String> ids = byKind.get(kind);
        if (ids == null) {
            ids = Collections.unmodifiableList(addIds(out, targets, kind));
            byKind.put(kind, ids);
        }
        return ids;
    }

    private List<String> addIds(List<String> out, List<TfResource> targets, TfKind kind) throws TfInputException {
        Set<String> seen = new HashSet<>(out);
        for (TfResource t : targets) {
            String id = ctx.idAs(t, kind);
            if (id != null && seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static boolean hasUnknownElement(TfResource r, String attribute) {
        JsonNode u = r.unknown().get(attribute);
        if (u != null && u.isArray()) {
            for (JsonNode e : u) {
                if (e.isBoolean() && e.booleanValue()) {
                    return true;
                }
            }
        }
        return false;
    }
}
