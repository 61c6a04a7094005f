package io.hopscope.model;

import io.hopscope.model.net.Cidr;

import java.util.List;

/**
 * A Direct Connect gateway (a global object, id a UUID) with its associations to virtual private
 * gateways or transit gateways and their allowed prefixes [DXGW][DXAP]. With a VGW association the
 * allowed prefixes only filter the VPC CIDRs advertised on premises; with a TGW association they are
 * advertised themselves (rulebook 9).
 */
public record DirectConnectGateway(String id, String name, Long amazonSideAsn, String state,
                                   List<Association> associations) implements HybridResource {

    public DirectConnectGateway {
        name = name == null ? "" : name;
        state = state == null ? "available" : state;
        associations = associations == null ? List.of() : List.copyOf(associations);
    }

    /** {@code gatewayType} "virtualPrivateGateway" or "transitGateway", as the Direct Connect API spells it. */
    public record Association(String id, String gatewayId, String gatewayType, List<Cidr> allowedPrefixes,
                              String state) {
        public static final String VGW = "virtualPrivateGateway";
        public static final String TGW = "transitGateway";

        public Association {
            allowedPrefixes = allowedPrefixes == null ? List.of() : List.copyOf(allowedPrefixes);
            state = state == null ? "associated" : state;
        }

        public boolean associated() {
            return "associated".equals(state);
        }
    }

    public boolean available() {
        return "available".equals(state);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.DIRECT_CONNECT_GATEWAY;
    }
}
