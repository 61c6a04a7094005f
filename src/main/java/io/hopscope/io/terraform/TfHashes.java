package io.hopscope.io.terraform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The placeholder ids' hashes ({@link TfIds}) of a large plan, computed on a second core while the
 * mapping's thread builds its context and maps the network. Each instance whose id AWS assigns at
 * apply needs two SHA-256 digests, its own and its primary interface's: 16,000 for a plan of 8,000
 * instances, a twentieth of the mapping (C1, the launcher's only compiler, has no SHA intrinsic).
 * The mapping takes a hash from here when it is ready and computes it itself otherwise; both are the
 * same text, so the ids never depend on the timing.
 */
final class TfHashes implements AutoCloseable {

    /** Below this a thread costs more than it saves: real plans have tens of resources, a generated one 10,000. */
    static final int MIN_RESOURCES = 4000;
    /** As {@link TfContext#derivedId} names an instance's primary interface. */
    static final String PRIMARY_INTERFACE = "primary interface";

    private final Map<String, String> ready = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private TfHashes() {
    }

    /** Starts hashing ahead when there are enough resources and a second core; hashes on demand either way. */
    static TfHashes startIfWorthIt(List<TfResource> resources) {
        TfHashes hashes = new TfHashes();
        if (resources.size() >= MIN_RESOURCES && Runtime.getRuntime().availableProcessors() >= 2) {
            Thread worker = new Thread(() -> hashes.hashAhead(resources), "terraform-ids");
            worker.setDaemon(true);
            worker.start();
        }
        return hashes;
    }

    /** The hash of {@code text}, as {@link TfIds#hash}. */
    String hash(String text) {
        String h = ready.get(text);
        return h != null ? h : TfIds.hash(text);
    }

    /** Instances first: the mapping reaches them after the network, and they are nearly all of a large plan's ids. */
    private void hashAhead(List<TfResource> resources) {
        for (TfResource r : resources) {
            if (closed) {
                return;
            }
            instance(r);
        }
        for (TfResource r : resources) {
            if (closed) {
                return;
            }
            other(r);
        }
    }

    private void instance(TfResource r) {
        if (r.type().equals("aws_instance")) {
            put(r.text());
            put(r.text() + "#" + PRIMARY_INTERFACE);
        }
    }

    private void other(TfResource r) {
        if (!r.type().equals("aws_instance")) {
            put(r.text());
        }
    }

    private void put(String text) {
        ready.putIfAbsent(text, TfIds.hash(text));
    }

    /** The mapping is done: what is not hashed yet is not needed. */
    @Override
    public void close() {
        closed = true;
    }
}
