package io.hopscope.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * The font family the window uses for Korean. JavaFX's default "System" font has no Hangul on
 * many Linux desktops and JavaFX does not fall back to another font for it, so every Korean
 * string showed as boxes even with a CJK font installed. JavaFX CSS takes a single family (no
 * comma-separated list), so the fallback list lives here: the platform's Korean UI font first
 * (Windows, macOS), then the common open ones; the first installed family is put on the root of
 * every scene through a small generated stylesheet.
 */
public final class UiFonts {

    /** In order of preference: the platform's UI font for Korean, then open CJK fonts. */
    public static final List<String> KOREAN_FAMILIES = List.of("Malgun Gothic", "Apple SD Gothic Neo",
            "Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "NanumGothic", "UnDotum");

    private static final Set<String> CJK_LANGUAGES = Set.of("ko");

    private UiFonts() {
    }

    /** The family the UI should use for {@code locale}, when one is needed and installed. */
    public static Optional<String> familyFor(Locale locale, List<String> installed) {
        if (!CJK_LANGUAGES.contains(locale.getLanguage())) {
            return Optional.empty();
        }
        return KOREAN_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /**
     * A stylesheet (a {@code data:} URL) setting the root font family for the default locale, to
     * add after the theme; empty when the platform's default font serves the language.
     */
    public static Optional<String> stylesheet() {
        return familyFor(Locale.getDefault(), Font.getFamilies()).map(family -> {
            String css = ".root { -fx-font-family: \"" + family + "\"; }\n";
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        });
    }
}
