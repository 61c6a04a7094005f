package io.hopscope.ui.reach;

import io.hopscope.ui.canvas.ExposureBadges;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** What an internet-exposure badge says in words: its tooltip and accessible text, line by line. */
final class ExposureTexts {
    private ExposureTexts() {
    }

    static Map<String, ExposureBadges.Badge> badges(ResourceBundle messages, Map<String, ExposureBadge> byShape) {
        Map<String, ExposureBadges.Badge> out = new LinkedHashMap<>();
        byShape.forEach((shape, b) -> out.put(shape, new ExposureBadges.Badge(b.text(), b.styleClass(), tooltip(messages, b))));
        return out;
    }

    static String tooltip(ResourceBundle messages, ExposureBadge b) {
        List<String> lines = new ArrayList<>();
        if (!b.reachable().isEmpty()) {
            lines.add(MessageFormat.format(messages.getString("reach.badge.reachable"), b.reachable()));
        }
        if (!b.portDependent().isEmpty()) {
            lines.add(MessageFormat.format(messages.getString("reach.badge.portDependent"), b.portDependent(),
                    String.join("; ", b.portLimits())));
        }
        if (!b.unknown().isEmpty()) {
            lines.add(MessageFormat.format(messages.getString("reach.badge.unknown"), b.unknown(),
                    String.join(", ", b.unknownAt())));
        }
        return String.join("\n", lines);
    }
}
