package io.hopscope.app.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Tells an AWS CLI {@code describe-*} output (or a Batfish snapshot file) from a diagram by its
 * first top-level key, so opening one says "this is AWS data, import it" instead of the diagram
 * reader's "$.format: required field is missing". Only the first key is read: cheap on any size.
 */
public final class AwsDataSniffer {

    /** The top-level keys of the describe outputs the importer reads. */
    private static final Set<String> AWS_KEYS = Set.of("Vpcs", "Subnets", "RouteTables", "NetworkAcls",
            "SecurityGroups", "InternetGateways", "EgressOnlyInternetGateways", "VpnGateways", "TransitGateways",
            "NatGateways", "VpcEndpoints", "VpcPeeringConnections", "PrefixLists", "NetworkInterfaces",
            "DBInstances", "Addresses", "Reservations");

    private AwsDataSniffer() {
    }

    static boolean isAwsData(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            // Skips nothing: the first key decides (describe outputs have one, sometimes "NextToken" after).
            return parser.nextToken() == JsonToken.FIELD_NAME && AWS_KEYS.contains(parser.currentName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
