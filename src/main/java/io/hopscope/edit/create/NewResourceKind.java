package io.hopscope.edit.create;

/**
 * What the palette can create, with where it may be dropped and the box it gets. Icons are the
 * names under {@code io/hopscope/icons/}, shared with the canvas.
 */
public enum NewResourceKind {
    VPC("VPC", "vpc", Needs.NOTHING, 520, 340),
    SUBNET("Subnet", "subnet", Needs.VPC, 260, 170),
    ROUTE_TABLE("Route table", "route-table", Needs.VPC, 0, 0),
    NETWORK_ACL("Network ACL", "network-acl", Needs.VPC, 0, 0),
    SECURITY_GROUP("Security group", "security-group", Needs.VPC, 0, 0),
    INTERNET_GATEWAY("Internet gateway", "internet-gateway", Needs.VPC, 48, 48),
    EGRESS_ONLY_INTERNET_GATEWAY("Egress-only IGW", "egress-only-internet-gateway", Needs.VPC, 48, 48),
    NAT_GATEWAY("NAT gateway", "nat-gateway", Needs.SUBNET, 196, 64),
    GATEWAY_ENDPOINT("Gateway endpoint", "vpc-endpoint", Needs.VPC, 48, 48),
    INTERFACE_ENDPOINT("Interface endpoint", "vpc-endpoint", Needs.SUBNET, 48, 48),
    PEERING("Peering", "peering", Needs.VPC, 0, 0),
    // The drop aims with the smallest box; the gateway gets the auto-layout's size (TransitCreation.boxOf).
    TRANSIT_GATEWAY("Transit gateway", "transit-gateway", Needs.OUTSIDE, 140, 60),
    VPN_GATEWAY("Virtual private gateway", "vpn-gateway", Needs.VPC, 48, 48),
    VPN_CONNECTION("VPN connection", "vpn-connection", Needs.VPC, 0, 0),
    EC2("EC2 instance", "ec2", Needs.SUBNET, 196, 64),
    RDS("RDS database", "rds", Needs.SUBNET, 196, 64),
    LAMBDA("Lambda function", "lambda", Needs.SUBNET, 196, 64),
    APPLICATION_LOAD_BALANCER("Application Load Balancer", "load-balancer", Needs.SUBNET, 196, 64),
    NETWORK_LOAD_BALANCER("Network Load Balancer", "load-balancer", Needs.SUBNET, 196, 64),
    BASTION("Bastion host", "bastion", Needs.SUBNET, 196, 64),
    INTERNET("Internet", "internet", Needs.OUTSIDE, 160, 60),
    AWS_SERVICE("S3 / DynamoDB", "aws-service", Needs.OUTSIDE, 160, 60),
    ON_PREMISES("On-premises", "on-premises", Needs.OUTSIDE, 160, 60),
    CUSTOMER_GATEWAY("Customer gateway", "customer-gateway", Needs.OUTSIDE, 160, 60),
    DIRECT_CONNECT_GATEWAY("Direct Connect gateway", "direct-connect-gateway", Needs.OUTSIDE, 160, 60);

    /** Where a new resource of a kind may go. */
    public enum Needs { NOTHING, VPC, SUBNET, OUTSIDE }

    private final String label;
    private final String icon;
    private final Needs needs;
    private final double width;
    private final double height;

    NewResourceKind(String label, String icon, Needs needs, double width, double height) {
        this.label = label;
        this.icon = icon;
        this.needs = needs;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }

    /**
     * The label inside a sentence: "subnet", "security group", but "EC2 instance", "RDS database"
     * and "NAT gateway" keep their capitals (a word whose second letter is a capital is an acronym).
     */
    public String inSentence() {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        // AWS's product names keep their capitals ("an Application Load Balancer").
        return acronym || label.endsWith("Load Balancer") ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The kind in the reader's language, as {@link #inSentence()} says it in English. */
    public io.hopscope.text.Text text() {
        return io.hopscope.text.Text.of("edit.newKind." + name());
    }

    /** "a subnet", "an EC2 instance", "an RDS database", "a NAT gateway": the article goes by the sound. */
    public String withArticle() {
        String words = inSentence();
        String first = words.split("[ /-]")[0];
        boolean acronym = first.length() > 1 && first.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        // Spelt-out acronyms sound like their letters (R is "ar", E is "ee"); NAT and VPC... are read per
        // letter too, except NAT, which is said as a word.
        boolean vowelSound = acronym && !first.equals("NAT") ? "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0
                : "aeiou".indexOf(Character.toLowerCase(first.charAt(0))) >= 0;
        return (vowelSound ? "an " : "a ") + words;
    }

    public Needs needs() {
        return needs;
    }

    /** Route tables, ACLs, groups and peerings have no box: they show as badges and links. */
    public boolean hasBox() {
        return width > 0;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Internet gateways, virtual private gateways and endpoints are drawn on the border of their VPC. */
    public boolean sitsOnVpcEdge() {
        return this == INTERNET_GATEWAY || this == EGRESS_ONLY_INTERNET_GATEWAY || this == GATEWAY_ENDPOINT
                || this == INTERFACE_ENDPOINT || this == VPN_GATEWAY;
    }

    public boolean isWorkload() {
        return needs == Needs.SUBNET && this != NAT_GATEWAY && this != INTERFACE_ENDPOINT && !isLoadBalancer();
    }

    public boolean isLoadBalancer() {
        return this == APPLICATION_LOAD_BALANCER || this == NETWORK_LOAD_BALANCER;
    }
}
