package io.hopscope.diagram.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one loader of the single-path icons in {@code io/hopscope/icons/<name>.svg} (24 x 24 view
 * box, even-odd fill): the canvas, the palette and the SVG writer take the path data as text, the
 * PNG painter the outline parsed from it, each read and parsed once per run.
 */
public final class IconPaths {

    /** Side of every icon's view box. */
    public static final double VIEW_BOX = 24;

    private static final Pattern PATH_DATA = Pattern.compile("<path[^>]*\\sd=\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, IconPath> PARSED = new ConcurrentHashMap<>();

    private IconPaths() {
    }

    /** The path data of the icon; throws when the jar lacks it, which is a build defect. */
    public static String pathData(String name) {
        return CACHE.computeIfAbsent(name, IconPaths::load);
    }

    /** The icon's outline, parsed from {@link #pathData} on first use. */
    public static IconPath path(String name) {
        return PARSED.computeIfAbsent(name, n -> IconPathParser.parse(pathData(n)));
    }

    /** Any SVG path data parsed as the icons are. */
    public static IconPath parse(String pathData) {
        return IconPathParser.parse(pathData);
    }

    private static String load(String name) {
        String resource = "/io/hopscope/icons/" + name + ".svg";
        try (InputStream in = IconPaths.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing icon " + resource);
            }
            Matcher m = PATH_DATA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("icon " + resource + " has no <path d=...>");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + resource, e);
        }
    }
}
