package io.hopscope.io.aws.describe;

import io.hopscope.check.Problem;
import io.hopscope.model.LongLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage one of the import: every describe record read from a directory, by record type, each with
 * its file and JSON path, plus the problems met while reading. Nothing here is interpreted yet.
 */
public final class AwsSnapshot {

    private final Map<Class<?>, List<Sourced<?>>> records = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> refusals = new ArrayList<>();

    /** Adds a record; public for readers of other sources (Terraform) that produce describe records. */
    public void add(Sourced<?> record) {
        records.computeIfAbsent(record.value().getClass(), k -> new ArrayList<>()).add(record);
    }

    /** A file's records, in order: the 10,000 of one array are one LongLoop (see there), not one loop. */
    void addAll(List<Sourced<?>> file) {
        LongLoop.forEach(file, this::add);
    }

    /** How many records were read, of every type. */
    public int size() {
        int n = 0;
        for (List<Sourced<?>> list : records.values()) {
            n += list.size();
        }
        return n;
    }

    public void report(Problem problem) {
        problems.add(problem);
    }

    /** A file or the folder refused by a limit or as not a regular file: reported, and the import fails. */
    void refuse(Problem problem) {
        problems.add(problem);
        refusals.add(problem);
    }

    /** Marks an already reported problem as a refusal. */
    void markRefused(Problem problem) {
        refusals.add(problem);
    }

    /** The refusals; when there is one, a command must not use the snapshot as if it were complete. */
    public List<Problem> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    /**
     * The records of one describe type, in file order: a read-only view, not a copy (the import
     * asks for the 10,000 interface records several times), so add no records while using it.
     */
    @SuppressWarnings("unchecked")
    public <T> List<Sourced<T>> all(Class<T> type) {
        List<Sourced<?>> list = records.get(type);
        if (list == null) {
            return List.of();
        }
        // Every record under this key was added as a Sourced<type>, so the cast holds.
        return Collections.unmodifiableList((List<Sourced<T>>) (List<?>) list);
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
