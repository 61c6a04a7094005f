package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reader's own tree builder gives the very nodes databind's readTree gives, number kinds included. */
class TfTreeTest {

    private static final String VALUES = """
            {"int": 5, "negative": -2147483648, "long": 2147483648, "big": 123456789012345678901234567890,
             "double": 1.5, "exponent": 1e3, "negativeZero": -0.0, "text": "a\\u00e9\\n", "empty": "",
             "yes": true, "no": false, "nothing": null, "list": [1, [], {}, [null, "x"]],
             "nested": {"a": {"b": {"c": [0.1, 9223372036854775807, -9223372036854775809]}}}}
            """;

    @Test
    void buildsTheNodesReadTreeBuilds() throws IOException {
        JsonNode ours = ours(VALUES);
        assertEquals(TfJsonReader.MAPPER.readTree(VALUES), ours);
        assertInstanceOf(IntNode.class, ours.get("int"));
        assertInstanceOf(IntNode.class, ours.get("negative"));
        assertInstanceOf(LongNode.class, ours.get("long"));
        assertInstanceOf(BigIntegerNode.class, ours.get("big"));
        assertInstanceOf(DoubleNode.class, ours.get("exponent"));
    }

    @Test
    void everyTerraformSampleReadsAlike() throws IOException {
        List<Path> files;
        try (Stream<Path> shared = Files.list(Path.of("../shared/terraform-samples"));
             Stream<Path> fixtures = Files.list(Path.of("src/test/resources/terraform"))) {
            files = Stream.concat(shared, fixtures).filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String json = Files.readString(f);
            assertEquals(TfJsonReader.MAPPER.readTree(json), ours(json), f.toString());
        }
    }

    private static JsonNode ours(String json) throws IOException {
        try (JsonParser p = TfJsonReader.MAPPER.getFactory().createParser(json)) {
            p.nextToken();
            return TfTree.read(p);
        }
    }
}
