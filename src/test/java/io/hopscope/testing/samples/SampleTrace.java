package io.hopscope.testing.samples;

import io.hopscope.model.net.Protocol;
import java.util.List;

/**
 * One check a sample's author cares about, as data: a packet from {@code from} to {@code to} (resource
 * ids or IP addresses, as the CLI's REF), the verdict each way, and where it must stop when it stops.
 *
 * @param destinationIp the address the packet is sent to when it is not the target's primary private IP
 *                      (an internet client addresses a public IP); null for the default
 * @param reply         null when the request is dropped (no reply is traced)
 * @param blockedAt     the component id of the first dropping hop; null when both directions arrive
 * @param rule          the deciding rule at {@code blockedAt} as the CLI prints it: a NACL rule number or
 *                      {@code *}; null where nothing matched (no route, no security group rule, a gateway)
 * @param via           component ids the forward path must pass through (peering, NAT, endpoints)
 * @param why           the author's reason, shown when the check fails
 */
public record SampleTrace(String sample, String from, String to, Protocol protocol, int port, String destinationIp,
                          Verdict forward, Verdict reply, String blockedAt, Direction blockedDirection, String rule,
                          List<String> via, String why) {

    public enum Verdict { ALLOW, DENY }

    public enum Direction { FORWARD, RETURN }

    public SampleTrace {
        via = List.copyOf(via);
        if ((forward == Verdict.DENY) != (blockedDirection == Direction.FORWARD)
                || (reply == Verdict.DENY) != (blockedDirection == Direction.RETURN)
                || (forward == Verdict.DENY) == (reply != null)
                || (blockedDirection == null) != (blockedAt == null)) {
            throw new IllegalArgumentException("inconsistent expectation " + from + " -> " + to + ": " + why);
        }
    }

    static SampleTrace reachable(String sample, String from, String to, int port, String why, String... via) {
        return new SampleTrace(sample, from, to, Protocol.TCP, port, null, Verdict.ALLOW, Verdict.ALLOW, null, null,
                null, List.of(via), why);
    }

    static SampleTrace requestDropped(String sample, String from, String to, int port, String blockedAt,
                                      String rule, String why) {
        return new SampleTrace(sample, from, to, Protocol.TCP, port, null, Verdict.DENY, null, blockedAt,
                Direction.FORWARD, rule, List.of(), why);
    }

    static SampleTrace replyDropped(String sample, String from, String to, int port, String blockedAt, String rule,
                                    String why) {
        return new SampleTrace(sample, from, to, Protocol.TCP, port, null, Verdict.ALLOW, Verdict.DENY, blockedAt,
                Direction.RETURN, rule, List.of(), why);
    }

    /** The same check with the packet addressed to {@code address} (a public IP of the target). */
    SampleTrace addressedTo(String address) {
        return new SampleTrace(sample, from, to, protocol, port, address, forward, reply, blockedAt,
                blockedDirection, rule, via, why);
    }

    /** "web-1 -> orders-db tcp/3306" for test names and failure messages. */
    public String label() {
        return sample + ": " + from + " -> " + to + (destinationIp == null ? "" : " (" + destinationIp + ")")
                + " " + protocol.label() + "/" + port;
    }
}
