package io.hopscope.io.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * A Terraform resource address taken apart properly: {@code module.a["eu.west"].module.b[0].aws_subnet.x["k.1"]}.
 * Instance keys are integers or quoted strings that may hold dots, brackets and escaped quotes, so
 * splitting on dots would be wrong.
 *
 * @param modules    module call names from the root, without their instance keys ({@code [a, b]})
 * @param moduleKeys each module call's instance key as written ({@code "eu.west"} with quotes, {@code 0}), or null
 * @param mode       "managed" or "data"
 * @param type       resource type ({@code aws_subnet})
 * @param name       resource name ({@code x})
 * @param key        the instance key as written ({@code 0}, {@code "k.1"} with quotes), or null
 */
public record TfAddress(List<String> modules, List<String> moduleKeys, String mode, String type, String name,
                        String key) {

    public TfAddress {
        modules = List.copyOf(modules);
        moduleKeys = java.util.Collections.unmodifiableList(new ArrayList<>(moduleKeys));
    }

    /** Parses an absolute resource instance address; throws IllegalArgumentException saying what is wrong. */
    public static TfAddress parse(String address) {
        Scanner sc = new Scanner(address);
        List<String> modules = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String mode = "managed";
        while (true) {
            String word = sc.name();
            if (word.equals("module")) {
                sc.expect('.');
                modules.add(sc.name());
                keys.add(sc.key());
                sc.expect('.');
                continue;
            }
            if (word.equals("data")) {
                mode = "data";
                sc.expect('.');
                word = sc.name();
            }
            sc.expect('.');
            String name = sc.name();
            String key = sc.key();
            if (!sc.atEnd()) {
                throw new IllegalArgumentException("unexpected '" + address.substring(sc.pos) + "' in address " + address);
            }
            return new TfAddress(modules, keys, mode, word, name, key);
        }
    }

    /** The module part of the address ({@code module.a["x"].module.b}), empty at the root. */
    public String moduleAddress() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < modules.size(); i++) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append("module.").append(modules.get(i));
            if (moduleKeys.get(i) != null) {
                sb.append('[').append(moduleKeys.get(i)).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code aws_subnet.x} (or {@code data.aws_prefix_list.s3}): the resource within its module, as configuration names it. */
    public String local() {
        return (mode.equals("data") ? "data." : "") + type + "." + name;
    }

    /** The module call path without instance keys, "a.b": where the resource's configuration lives. */
    public String configModule() {
        return String.join(".", modules);
    }

    /** The instance key without quotes ("k.1", "0"), or null. */
    public String keyValue() {
        return unquote(key);
    }

    static String unquote(String key) {
        if (key == null || !key.startsWith("\"")) {
            return key;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < key.length() - 1; i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length() - 1) {
                c = key.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static final class Scanner {
        final String s;
        int pos;

        Scanner(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        String name() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '-')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("expected a name at position " + (pos + 1) + " of address " + s);
            }
            return s.substring(start, pos);
        }

        void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at position " + (pos + 1) + " of address " + s);
            }
            pos++;
        }

        /** An optional [0] or ["text"] key, as written. */
        String key() {
            if (pos >= s.length() || s.charAt(pos) != '[') {
                return null;
            }
            int start = ++pos;
            if (pos < s.length() && s.charAt(pos) == '"') {
                pos++;
                while (pos < s.length() && s.charAt(pos) != '"') {
                    pos += s.charAt(pos) == '\\' ? 2 : 1;
                }
                expect('"');
            } else {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            String key = s.substring(start, pos);
            expect(']');
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty instance key in address " + s);
            }
            return key;
        }
    }
}
