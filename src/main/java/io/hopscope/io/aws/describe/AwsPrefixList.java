package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-prefix-lists {@code PrefixLists} (AWS-managed service lists). */
public record AwsPrefixList(String prefixListId, String prefixListName, List<String> cidrs) {

    public AwsPrefixList {
        cidrs = AwsTag.orEmpty(cidrs);
    }
}
