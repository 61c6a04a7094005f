package io.hopscope.io.terraform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources one expression refers to, in reference order, without duplicates. While every
 * reference resolved to the same whole list of a module's resources (each {@code aws_subnet.this}
 * of the module, when the referring instance's key has none of its own), that list itself is the
 * result: its identity lets the links resolve its ids once for the thousands of instances that
 * share it.
 */
final class TfTargets {
    private List<TfResource> whole;
    private Set<TfResource> merged;

    /** One resource instance, found by key. */
    void add(TfResource r) {
        merge().add(r);
    }

    /** All resources of a local name; {@code all} holds each resource once. */
    void addAll(List<TfResource> all) {
        if (merged == null && (whole == null || whole == all)) {
            whole = all;
            return;
        }
        merge().addAll(all);
    }

    private Set<TfResource> merge() {
        if (merged == null) {
            merged = new LinkedHashSet<>();
            if (whole != null) {
                merged.addAll(whole);
                whole = null;
            }
        }
        return merged;
    }

    /** The shared whole list when that is all there is, else a new list. */
    List<TfResource> list() {
        if (whole != null) {
            return whole;
        }
        return merged == null ? new ArrayList<>() : new ArrayList<>(merged);
    }
}
