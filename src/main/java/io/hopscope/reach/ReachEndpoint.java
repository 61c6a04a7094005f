package io.hopscope.reach;

import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.Cidr;

import java.util.List;

/**
 * One endpoint a selector resolved to: a network interface (of an instance, database, NAT gateway,
 * endpoint...), the internet, an external network, or an AWS service's address ranges.
 * {@code id} is what outputs name it by ({@code eni-…}, {@code internet}, {@code cidr:10.8.0.0/16},
 * the service name); {@code name} what a person reads; {@code owner} the workload, NAT or endpoint id
 * owning the interface (null otherwise); {@code addresses} the source addresses it sends from: the
 * interface's own addresses as host blocks, or the blocks of the address space it stands for.
 */
public record ReachEndpoint(Kind kind, String id, String name, String owner, NetworkInterface eni,
                            List<Cidr> addresses) {

    public enum Kind { INTERFACE, INTERNET, NETWORK, SERVICE }

    public ReachEndpoint {
        name = name == null || name.isEmpty() ? id : name;
        addresses = List.copyOf(addresses);
    }

    public boolean isInterface() {
        return kind == Kind.INTERFACE;
    }

    @Override
    public String toString() {
        return name.equals(id) ? id : id + " (" + name + ")";
    }
}
