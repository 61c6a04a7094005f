package io.hopscope.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence the engine says (a hop's explanation, a fix), kept as a key of the engine's bundle
 * ({@code io/hopscope/i18n/engine*.properties}) and its arguments, and written in a language only
 * when shown: the command line and the JSON write English ({@link #toString()}), the app the UI's
 * language. Arguments are ids, addresses and numbers written as they are (no digit grouping: the
 * contract's "40000" stays "40000" in every language), or other texts written in the same language;
 * a list argument is written as its elements joined by ", ".
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}...; unlike {@code MessageFormat} an apostrophe is
 * just an apostrophe, so "the client's port" needs no quoting in the bundles.
 */
public final class Text {
    /** The bundle of the engine's sentences; readable without JavaFX. */
    public static final String BUNDLE = "io.hopscope.i18n.engine";

    private static final Object[] NONE = new Object[0];

    private final String key;
    private final Object[] args;

    private Text(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The sentence {@code key} of the engine bundle with its arguments. */
    public static Text of(String key, Object... args) {
        return new Text(Objects.requireNonNull(key, "key"), args == null ? NONE : args);
    }

    /** Words that are the same in every language (a name, a rule in the contract's notation). */
    public static Text literal(String text) {
        return new Text(null, new Object[] {text});
    }

    /** The key in the bundle, or null for a literal. */
    public String key() {
        return key;
    }

    /** The arguments as given (texts among them stay texts). */
    public Object[] args() {
        return args.clone();
    }

    /** The sentence in {@code locale}'s language (English when the bundle has no such language). */
    public String format(Locale locale) {
        return format(bundle(locale));
    }

    /**
     * The engine's sentences in {@code locale}'s language, English when there is no such bundle, never
     * the default locale's: an English UI on a Korean system shows English sentences.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The sentence from {@code bundle}, arguments that are texts from the same bundle. */
    public String format(ResourceBundle bundle) {
        if (key == null) {
            return String.valueOf(args[0]);
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must not hide the finding; the bundle test keeps this from shipping.
            return key + Arrays.toString(args);
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && Character.isDigit(pattern.charAt(i + 1))) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(n < args.length ? text(args[n], bundle) : "{" + n + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String text(Object arg, ResourceBundle bundle) {
        if (arg instanceof Text t) {
            return t.format(bundle);
        }
        if (arg instanceof java.util.List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                sb.append(sb.length() == 0 ? "" : ", ").append(text(o, bundle));
            }
            return sb.toString();
        }
        return String.valueOf(arg);
    }

    /** English: what the command line, the JSON and the undo menu show. */
    @Override
    public String toString() {
        return format(English.BUNDLE);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Text t && Objects.equals(key, t.key) && Arrays.equals(args, t.args));
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(key) + Arrays.hashCode(args);
    }

    /** The base bundle, looked up once: English is what most texts are written in (CLI, JSON). */
    private static final class English {
        static final ResourceBundle BUNDLE = bundle(Locale.ROOT);
    }
}
