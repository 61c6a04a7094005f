package io.hopscope.io.aws.describe;

/** One element of describe-addresses {@code Addresses}: an elastic IP and the ENI it is on. */
public record AwsAddress(String publicIp, String privateIpAddress, String networkInterfaceId, String allocationId) {
}
