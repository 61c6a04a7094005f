package io.hopscope.engine;

/**
 * What one component did with the packet. DENY is a filter (SG, NACL) refusing it, DROP a router or
 * gateway with nowhere to send it; both stop the packet. UNKNOWN is a component the model does not
 * evaluate (an appliance, a firewall endpoint): the walk ends there without guessing (rulebook 12).
 */
public enum Decision {
    ALLOW, DENY, FORWARD, DROP, TRANSLATE, TRACKED, UNKNOWN;

    public boolean blocks() {
        return this == DENY || this == DROP;
    }
}
