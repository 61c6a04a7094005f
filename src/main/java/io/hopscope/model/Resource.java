package io.hopscope.model;

/** Anything in the network with a stable AWS-style id and a human name. */
public interface Resource {

    String id();

    /** The Name tag or a name the user gave; never null, may be empty. */
    String name();

    ResourceKind kind();

    /** The name when there is one, else the id: what a person reads in a hop. */
    default String label() {
        return name() == null || name().isEmpty() ? id() : name();
    }
}
