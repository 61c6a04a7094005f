package io.hopscope.io.collect;

import java.util.function.Function;

/**
 * One read-only listing: the IAM action it needs, the file it writes, the response's member that
 * holds the records, and the pages (a paginator makes one request per page, no more).
 */
record CollectCall(String action, String file, String key, Function<CollectClients, Iterable<?>> pages) {
}
