package io.hopscope.io.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.hopscope.io.input.JsonErrorTexts;
import io.hopscope.reach.Assertion.Location;
import io.hopscope.text.Text;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON text into {@link PolicyNode}s with positions, enforcing the limits a hostile
 * file meets: nesting depth, duplicate keys, and the number of nodes after YAML aliases are
 * expanded. Jackson's YAML parser reports an alias as its anchor's name; expanding it here, against
 * a budget, is what stops an "alias bomb" (a few lines that expand to billions of nodes) while a
 * policy may still reuse a block by anchor.
 */
final class PolicyTreeReader {
    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 20_000;

    private final String file;
    private final Map<String, PolicyNode> anchors = new HashMap<>();
    private int budget = MAX_NODES;

    PolicyTreeReader(String file) {
        this.file = file;
    }

    PolicyNode read(String text, boolean json) throws PolicyException {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2)
                .maxStringLength(100_000).build();
        JsonFactory f;
        if (json) {
            f = JsonFactory.builder().streamReadConstraints(limits).build();
        } else {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            o.setNestingDepthLimit(MAX_DEPTH + 2);
            o.setCodePointLimit(text.length() + 16);
            f = YAMLFactory.builder().loaderOptions(o).streamReadConstraints(limits).build();
        }
        try (JsonParser p = f.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new PolicyException(file, 1, 1, Text.of("policy.read.empty"));
            }
            PolicyNode root = node(p, 0);
            if (p.nextToken() != null) {
                throw error(p.currentTokenLocation(), Text.of("policy.read.twoDocuments"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            // The command line prints the parser's sentence as it always did; the app says what in its language.
            throw error(l, "not valid " + (json ? "JSON" : "YAML") + ": " + (nl > 0 ? msg.substring(0, nl) : msg),
                    Text.of("policy.read.notValid", json ? "JSON" : "YAML", json ? JsonErrorTexts.what(e) : yamlWhat(e)));
        } catch (IOException e) {
            throw new PolicyException(file, 0, 0, Text.of("policy.read.cannotRead", e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, depth) as its own unchecked exceptions.
            throw new PolicyException(file, 0, 0, "not valid " + (json ? "JSON" : "YAML") + ": " + e.getMessage(),
                    Text.of("policy.read.notValid", json ? "JSON" : "YAML", Text.of("json.limit.other")));
        }
    }

    private PolicyNode node(JsonParser p, int depth) throws IOException, PolicyException {
        Location at = at(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw error(p.currentTokenLocation(), Text.of("policy.read.tooDeep", MAX_DEPTH));
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            PolicyNode target = anchors.get(p.getText());
            if (target == null) {
                throw error(p.currentTokenLocation(), Text.of("policy.read.danglingAlias", p.getText()));
            }
            spend(target.size(), p);
            return target;
        }
        String anchor = p instanceof YAMLParser y ? y.getObjectId() : null;
        PolicyNode n = switch (p.currentToken()) {
            case START_OBJECT -> map(p, depth, at);
            case START_ARRAY -> list(p, depth, at);
            case VALUE_NULL -> scalar(p, new PolicyNode.Scalar("", true, at));
            default -> scalar(p, new PolicyNode.Scalar(p.getText(), false, at));
        };
        if (anchor != null) {
            anchors.put(anchor, n);
        }
        return n;
    }

    private PolicyNode scalar(JsonParser p, PolicyNode.Scalar s) throws PolicyException {
        spend(1, p);
        return s;
    }

    private PolicyNode map(JsonParser p, int depth, Location at) throws IOException, PolicyException {
        spend(1, p);
        LinkedHashMap<String, PolicyNode> values = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        int size = 1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Location keyAt = at(p.currentTokenLocation());
            if (keys.containsKey(key)) {
                throw error(p.currentTokenLocation(), Text.of("policy.read.duplicateKey", key, keys.get(key)));
            }
            p.nextToken();
            PolicyNode v = node(p, depth + 1);
            keys.put(key, keyAt);
            values.put(key, v);
            size += v.size();
        }
        return new PolicyNode.MapNode(values, keys, at, size);
    }

    private PolicyNode list(JsonParser p, int depth, Location at) throws IOException, PolicyException {
        spend(1, p);
        List<PolicyNode> items = new ArrayList<>();
        int size = 1;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            PolicyNode v = node(p, depth + 1);
            items.add(v);
            size += v.size();
        }
        return new PolicyNode.ListNode(List.copyOf(items), at, size);
    }

    private void spend(int nodes, JsonParser p) throws PolicyException {
        budget -= nodes;
        if (budget < 0) {
            throw error(p.currentTokenLocation(), Text.of("policy.read.tooManyNodes", MAX_NODES));
        }
    }

    private PolicyException error(JsonLocation l, Text reason) {
        return error(l, reason.toString(), reason);
    }

    private PolicyException error(JsonLocation l, String english, Text reason) {
        return l == null ? new PolicyException(file, 0, 0, english, reason)
                : new PolicyException(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), english, reason);
    }

    /**
     * What SnakeYAML refused, in words: its sentences ("mapping values are not allowed here") have no
     * keyed counterpart, so the app says "malformed YAML" with the line and column the message carries;
     * a read limit is named as for JSON.
     */
    private static Text yamlWhat(JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? JsonErrorTexts.what(e)
                : Text.of("policy.read.yamlSyntax");
    }

    private static Location at(JsonLocation l) {
        return new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
