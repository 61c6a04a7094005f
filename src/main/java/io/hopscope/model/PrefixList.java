package io.hopscope.model;

import io.hopscope.model.net.Cidr;
import java.util.List;

/** A prefix list (AWS-managed for S3/DynamoDB, e.g. {@code com.amazonaws.us-east-1.s3}, or customer-managed). */
public record PrefixList(String id, String name, List<Cidr> cidrs) implements Resource {

    public PrefixList {
        name = name == null ? "" : name;
        cidrs = List.copyOf(cidrs);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.PREFIX_LIST;
    }
}
