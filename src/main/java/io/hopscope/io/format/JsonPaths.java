package io.hopscope.io.format;

import java.util.regex.Pattern;

/** Builds the JSON paths that problems point at: {@code $.model.subnets[2].cidr}. */
final class JsonPaths {

    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** A member: dotted when the name is a plain identifier, else {@code ['subnet-0a1']}. */
    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return parent + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
