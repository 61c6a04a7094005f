package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.Resource;
import io.hopscope.text.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edit's description as people read it: each resource id in it is replaced by the resource's
 * name ("Resize subnet-0a1b" becomes "Resize web-a"), looked up in the diagram after the edit and,
 * for what the edit deleted, before it. Unnamed resources keep their id, the only name they have.
 */
final class EditNames {

    /** Id-shaped words: AWS ids (prefix-hex) and the ids people give (letters, digits, dashes). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");

    private EditNames() {
    }

    static String named(String description, Diagram before, Diagram after) {
        Matcher m = WORD.matcher(description);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String name = nameOf(word, after).or(() -> nameOf(word, before)).orElse(word);
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code text} with every id among its words, and in its arguments, replaced by the resource's
     * name; the sentence around them is the bundle's, in whatever language it is shown.
     */
    static Text named(Text text, Diagram before, Diagram after) {
        if (text.key() == null) {
            return Text.literal(named(String.valueOf(text.args()[0]), before, after));
        }
        Object[] args = text.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text t) {
                args[i] = named(t, before, after);
            } else if (args[i] instanceof String s) {
                args[i] = named(s, before, after);
            }
        }
        return Text.of(text.key(), args);
    }

    private static Optional<String> nameOf(String id, Diagram diagram) {
        return diagram.model().find(id).map(Resource::name).filter(n -> !n.isBlank() && !n.equals(id));
    }
}
