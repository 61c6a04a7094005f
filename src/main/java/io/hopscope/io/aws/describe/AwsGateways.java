package io.hopscope.io.aws.describe;

import java.util.List;

/** Internet, egress-only and VPN gateways and transit gateways: ids plus their VPC attachments. */
public final class AwsGateways {

    private AwsGateways() {
    }

    /** describe-internet-gateways {@code InternetGateways}. */
    public record InternetGateway(String internetGatewayId, List<Attachment> attachments, List<AwsTag> tags) {
        public InternetGateway {
            attachments = AwsTag.orEmpty(attachments);
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** describe-egress-only-internet-gateways {@code EgressOnlyInternetGateways}. */
    public record EgressOnlyInternetGateway(String egressOnlyInternetGatewayId, List<Attachment> attachments,
                                            List<AwsTag> tags) {
        public EgressOnlyInternetGateway {
            attachments = AwsTag.orEmpty(attachments);
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** describe-vpn-gateways {@code VpnGateways}. */
    public record VpnGateway(String vpnGatewayId, String state, List<Attachment> vpcAttachments, List<AwsTag> tags) {
        public VpnGateway {
            vpcAttachments = AwsTag.orEmpty(vpcAttachments);
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** A gateway's attachment: VPC and state ("attached", "available", "detached", ...). */
    public record Attachment(String vpcId, String state) {
        public boolean isAttached() {
            return vpcId != null && (state == null || state.equals("attached") || state.equals("available")
                    || state.equals("attaching"));
        }
    }
}
