package io.hopscope.conformance;

import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Imports a conformance scenario's aws/ directory through the product's AWS importer, once per directory. */
final class AwsModels {
    private static final Map<Path, NetworkModel> CACHE = new ConcurrentHashMap<>();

    private AwsModels() {
    }

    static NetworkModel load(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> AwsImporter.importDirectory(d).model());
    }
}
