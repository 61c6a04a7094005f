package io.hopscope.diagram.render;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The second line under each item's name: the addresses a person checks a trace against. */
final class ItemTexts {

    private static final String SEP = " · ";

    private final ResourceBundle messages;

    ItemTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    String text(String key) {
        return messages.getString(key);
    }

    String vpcDetail(Vpc vpc) {
        String cidrs = vpc.allCidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
        return vpc.region().isEmpty() ? cidrs : cidrs + SEP + vpc.region();
    }

    String subnetDetail(Subnet s) {
        List<String> parts = new ArrayList<>();
        if (s.cidr() != null) {
            parts.add(s.cidr().toString());
        }
        if (s.ipv6Cidr() != null) {
            parts.add(s.ipv6Cidr().toString());
        }
        if (!s.availabilityZone().isEmpty()) {
            parts.add(s.availabilityZone());
        }
        return String.join(SEP, parts);
    }

    /** The primary private IP, and the public one when the instance has it. */
    String workloadDetail(Workload w, NetworkModel model) {
        for (String eniId : w.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni != null && eni.primaryIp() != null) {
                return eni.publicIp() == null ? eni.primaryIp().toString() : eni.primaryIp() + SEP + eni.publicIp();
            }
        }
        return "";
    }

    String natDetail(NatGateway n) {
        if (n.elasticIp() != null) {
            return n.elasticIp().toString();
        }
        return n.privateIp() == null ? "" : n.privateIp().toString();
    }

    String endpointDetail(VpcEndpoint e) {
        return e.shortServiceName() + SEP + e.type().wireName();
    }

    String externalDetail(ExternalEndpoint e) {
        if (!e.cidrs().isEmpty()) {
            return e.cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
        }
        return e.serviceName() == null ? "" : e.serviceName();
    }
}
