package io.hopscope.io.aws;

/**
 * Ids and addresses of the synthetic account, derived from indexes so that both writers agree
 * without sharing state: 17 hex digits like real ids, VPC v = 10.v.0.0/16, subnet s = 10.v.s.0/24.
 */
final class SyntheticIds {

    private final SyntheticAccount.Scale scale;

    SyntheticIds(SyntheticAccount.Scale scale) {
        this.scale = scale;
    }

    static String id(String prefix, int kind, long n) {
        return prefix + String.format("%02x%015x", kind, n);
    }

    String vpc(int v) {
        return id("vpc-", 1, v);
    }

    String subnet(int v, int s) {
        return id("subnet-", 2, (long) v * 1000 + s);
    }

    String vpcCidr(int v) {
        return "10." + v + ".0.0/16";
    }

    String subnetCidr(int v, int s) {
        return "10." + v + "." + s + ".0/24";
    }

    String ip(int v, int s, int host) {
        return "10." + v + "." + s + "." + host;
    }

    /** Every fifth subnet is public (routes 0.0.0.0/0 to the internet gateway). */
    boolean isPublic(int s) {
        return s % 5 == 0;
    }

    String zone(int s) {
        return SyntheticAccount.REGION + (char) ('a' + s % 3);
    }

    String igw(int v) {
        return id("igw-", 3, v);
    }

    String nat(int v) {
        return id("nat-", 4, v);
    }

    String natEni(int v) {
        return id("eni-", 5, v);
    }

    String vpce(int v) {
        return id("vpce-", 6, v);
    }

    String mainTable(int v) {
        return id("rtb-", 7, (long) v * 10);
    }

    String publicTable(int v) {
        return id("rtb-", 7, (long) v * 10 + 1);
    }

    String privateTable(int v) {
        return id("rtb-", 7, (long) v * 10 + 2);
    }

    String defaultAcl(int v) {
        return id("acl-", 8, (long) v * 10);
    }

    String privateAcl(int v) {
        return id("acl-", 8, (long) v * 10 + 1);
    }

    /** Peering p joins VPC p (requester) and VPC p+1 (accepter). */
    String pcx(int p) {
        return id("pcx-", 9, p);
    }

    String group(int v, int g) {
        return id("sg-", 10, (long) v * 1000 + g);
    }

    String eni(int v, int n) {
        return id("eni-", 11, (long) v * 100_000 + n);
    }

    String instance(int v, int n) {
        return id("i-", 12, (long) v * 100_000 + n);
    }

    /** A public IPv4 from 44.192.0.0/10, clear of the S3 prefix list and of private ranges. */
    String publicIp(long n) {
        long base = (44L << 24) | (192L << 16);
        long a = base + 256 + n;
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    SyntheticAccount.Scale scale() {
        return scale;
    }
}
