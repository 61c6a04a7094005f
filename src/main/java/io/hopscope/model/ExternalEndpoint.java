package io.hopscope.model;

import io.hopscope.model.net.Cidr;
import java.util.List;

/**
 * Something outside the VPCs that traces start or end at: an internet host (its address as a /32),
 * an AWS service reached by prefix list ({@code serviceName} "s3"/"dynamodb", {@code prefixListId}),
 * or an on-premises network behind a VPN gateway ({@code gatewayId}).
 */
public record ExternalEndpoint(String id, String name, ExternalKind externalKind, List<Cidr> cidrs,
                               String serviceName, String prefixListId, String gatewayId) implements Resource {

    public ExternalEndpoint {
        name = name == null ? "" : name;
        cidrs = List.copyOf(cidrs);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.EXTERNAL;
    }
}
