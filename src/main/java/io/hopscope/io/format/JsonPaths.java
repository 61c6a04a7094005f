package io.hopscope.io.format;

/** Builds the JSON paths that problems point at: {@code $.model.subnets[2].cidr}. */
public final class JsonPaths {

    public static final String ROOT = "$";

    private JsonPaths() {
    }

    /** A member: dotted when the name is a plain identifier, else {@code ['subnet-0a1']}. */
    public static String field(String parent, String name) {
        if (isPlainName(name)) {
            return parent + "." + name;
        }
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return parent + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Same as matching [A-Za-z_][A-Za-z0-9_]*, without a regex: paths are built for every item read. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
