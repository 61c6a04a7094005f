package io.hopscope.engine;

/**
 * What one component did with the packet. DENY is a filter (SG, NACL) refusing it, DROP a router or
 * gateway with nowhere to send it; both stop the packet.
 */
public enum Decision {
    ALLOW, DENY, FORWARD, DROP, TRANSLATE, TRACKED;

    public boolean blocks() {
        return this == DENY || this == DROP;
    }
}
