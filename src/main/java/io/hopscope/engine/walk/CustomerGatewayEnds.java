package io.hopscope.engine.walk;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.text.Text;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.NetworkModel;

/**
 * A customer gateway as a trace end: a drawn diagram puts the on-premises networks behind it
 * (its CIDRs), so it stands for a host in the first of them, as an on-premises external endpoint does
 * (rulebook 8: on-premises networks are external endpoints).
 */
final class CustomerGatewayEnds {

    private CustomerGatewayEnds() {
    }

    /** The end for customer gateway {@code id}, or null when {@code id} is not one. */
    static Endpoint of(NetworkModel model, String id, QueryField field) {
        CustomerGateway cgw = model.get(id, CustomerGateway.class);
        if (cgw == null) {
            return null;
        }
        if (cgw.cidrs().isEmpty()) {
            throw new TraceQueryException(Text.of("query.customerGatewayNoCidr", field, id));
        }
        return new Endpoint(Endpoint.Kind.INTERNET, cgw.id(), cgw.label(), null,
                EndpointResolver.hostIn(cgw.cidrs().get(0)), ClientProfile.ANY, null, null);
    }
}
