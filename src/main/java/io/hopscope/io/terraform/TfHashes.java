package io.hopscope.io.terraform;

import io.hopscope.io.aws.describe.AwsTag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The placeholder ids' hashes ({@link TfIds}) of a large plan, computed on a second core while the
 * mapping's thread builds its context and maps the network. Each instance whose id AWS assigns at
 * apply needs two SHA-256 digests, its own and its primary interface's: 16,000 for a plan of 8,000
 * instances, a twentieth of the mapping (C1, the launcher's only compiler, has no SHA intrinsic).
 * Then the instances' tags (3 % of the mapping's thread: 8,000 small lists read from the values).
 * The mapping takes a hash or a tag list from here when it is ready and computes it itself
 * otherwise; both are the same reading of the same values (never changed once read), so nothing
 * depends on the timing, and a value that cannot be read is refused by the mapping, as before.
 */
final class TfHashes implements AutoCloseable {

    /** Below this a thread costs more than it saves: real plans have tens of resources, a generated one 10,000. */
    static final int MIN_RESOURCES = 4000;
    /** As {@link TfContext#derivedId} names an instance's primary interface. */
    static final String PRIMARY_INTERFACE = "primary interface";

    private final Map<String, String> ready = new ConcurrentHashMap<>();
    private final Map<TfResource, List<AwsTag>> tags = new ConcurrentHashMap<>();
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

    /** An instance's tags read ahead, handed out once (its list is the caller's); null when not read (yet). */
    List<AwsTag> tags(TfResource r) {
        return tags.remove(r);
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
            instanceTags(r);
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

    private void instanceTags(TfResource r) {
        if (!r.isData() && r.type().equals("aws_instance")) {
            try {
                tags.put(r, TfContext.readTags(r));
            } catch (TfInputException | RuntimeException e) {
                // Not kept: the mapping reads them again and refuses the file itself, as on one thread.
            }
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
