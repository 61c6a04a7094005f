package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * "The collected folder imports to the same network as the snapshot": the snapshot's own records of
 * every key collect writes (whatever the key's case, from every snapshot folder given) are written
 * as the AWS CLI would under the Region's folder and imported; both models must agree family by
 * family.
 */
final class SnapshotTwin {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotTwin() {
    }

    static NetworkModel assertSameNetwork(Path tmp, Path collected, List<Path> snapshots, String region) throws Exception {
        Path expected = Files.createTempDirectory(tmp, "expected-").resolve(region);
        Files.createDirectories(expected);
        for (CollectCall call : CollectCalls.ALL) {
            ArrayNode all = JSON.createArrayNode();
            for (Path snapshot : snapshots) {
                try (var files = Files.list(snapshot)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        JsonNode root = JSON.readTree(f.toFile());
                        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                            String k = it.next();
                            if (k.equalsIgnoreCase(call.key()) && root.get(k).isArray()) {
                                all.addAll((ArrayNode) root.get(k));
                            }
                        }
                    }
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.set(call.key(), all);
            JSON.writeValue(expected.resolve(call.file() + ".json").toFile(), root);
        }
        NetworkModel want = AwsImporter.importDirectory(expected.getParent()).model();
        NetworkModel got = AwsImporter.importDirectory(collected).model();
        List<Function<NetworkModel, List<?>>> families = List.of(NetworkModel::vpcs, NetworkModel::subnets,
                NetworkModel::routeTables, NetworkModel::networkAcls, NetworkModel::securityGroups, NetworkModel::prefixLists,
                NetworkModel::internetGateways, NetworkModel::natGateways, NetworkModel::vpcEndpoints,
                NetworkModel::peeringConnections, NetworkModel::networkInterfaces, NetworkModel::workloads,
                NetworkModel::loadBalancers, NetworkModel::targetGroups, NetworkModel::transit, NetworkModel::hybrid);
        for (Function<NetworkModel, List<?>> f : families) {
            assertEquals(f.apply(want), f.apply(got), snapshots.toString());
        }
        assertFalse(got.vpcs().isEmpty());
        return got;
    }
}
