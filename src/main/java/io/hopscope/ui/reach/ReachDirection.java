package io.hopscope.ui.reach;

/** The two questions the app asks about a resource: who can open a connection to it, and to what it can. */
public enum ReachDirection {
    /** "Who can reach this?": every source (the internet, every interface, external networks) to the resource. */
    WHO_CAN_REACH,
    /** "What can this reach?": the resource to every other interface. */
    WHAT_CAN_IT_REACH
}
