package io.hopscope.engine.walk;

import io.hopscope.model.ClientProfile;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * One end of a trace after its reference was resolved: an interface (instance, RDS, NAT, interface
 * endpoint...), a host on the internet, or an AWS service reached by prefix list.
 * {@code address} is the literal address the reference named, when it named one; {@code profileSource}
 * says, when read (only a defaulted source port's origin does), whose client profile applies.
 */
record Endpoint(Kind kind, String id, String label, NetworkInterface eni, IpAddress address, ClientProfile profile,
                java.util.function.Supplier<String> profileSource, List<Cidr> serviceCidrs) {

    enum Kind { INTERFACE, INTERNET, SERVICE }

    Endpoint {
        serviceCidrs = serviceCidrs == null ? List.of() : List.copyOf(serviceCidrs);
    }
}
