package io.hopscope.io.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a configuration's {@code references}, taken apart once: thousands of counted
 * resources repeat the same few ({@code aws_subnet.app[count.index].id}).
 *
 * @param parts       the text split on dots outside brackets and quotes
 * @param local       for a resource, its name within the module ({@code aws_subnet.app}, {@code data.aws_vpc.x}); else null
 * @param explicitKey for a resource written with a literal key ({@code aws_subnet.app["a"]}), that key unquoted; else null
 */
record TfReference(String[] parts, String local, String explicitKey) {

    static TfReference parse(String ref) {
        String[] parts = split(ref);
        int start = parts[0].equals("data") ? 1 : 0;
        if (parts.length < start + 2 || !parts[start].startsWith("aws_")) {
            return new TfReference(parts, null, null); // var.*, module.*, count.index, each.key, local.*, path.*, other providers
        }
        String name = parts[start + 1];
        String explicitKey = null;
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            explicitKey = TfAddress.unquote(name.substring(bracket + 1, name.length() - 1));
            name = name.substring(0, bracket);
        }
        return new TfReference(parts, (start == 1 ? "data." : "") + parts[start] + "." + name, explicitKey);
    }

    /** {@code var.NAME} (its key, if any, stripped): resolved through the module call's expression. */
    boolean isVariable() {
        return parts.length >= 2 && parts[0].equals("var");
    }

    /** {@code module.CALL.OUTPUT}: resolved through the called module's output. */
    boolean isModuleOutput() {
        return parts.length >= 3 && parts[0].equals("module");
    }

    /** Splits a reference on dots outside brackets and quotes: {@code aws_subnet.a["x.y"].id}. */
    static String[] split(String ref) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (quoted && c == '\\' && i + 1 < ref.length()) {
                cur.append(c).append(ref.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
            } else if (!quoted && c == ']') {
                brackets--;
            } else if (!quoted && brackets == 0 && c == '.') {
                parts.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        parts.add(cur.toString());
        return parts.toArray(new String[0]);
    }

    static String stripKey(String s) {
        int b = s.indexOf('[');
        return b < 0 ? s : s.substring(0, b);
    }
}
