package io.hopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void koreanTranslatesEveryKeyAndNothingElse() throws IOException {
        Properties en = load("/io/hopscope/i18n/messages.properties");
        Properties ko = load("/io/hopscope/i18n/messages_ko.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ko.stringPropertyNames()));
    }

    @Test
    void koreanLocalePicksTheKoreanStrings() {
        ResourceBundle ko = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN);
        ResourceBundle root = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);
        assertEquals("퍼블릭", ko.getString("canvas.tag.public"));
        assertNotEquals(root.getString("menu.file"), ko.getString("menu.file"));
    }

    @Test
    void englishCountsAgreeWithTheirNouns() {
        ResourceBundle en = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT);
        assertEquals("a.json: 1 VPC, 3 subnets, 1 workload",
                java.text.MessageFormat.format(en.getString("status.opened"), "a.json", 1, 3, 1));
        assertEquals("Delete 1 resource?", java.text.MessageFormat.format(en.getString("delete.header"), 1));
        assertEquals("Delete 4 resources?", java.text.MessageFormat.format(en.getString("delete.header"), 4));
        assertEquals("(1 problem: see the Problems tab)", java.text.MessageFormat.format(en.getString("status.problems"), 1));
        assertEquals("1,204 workloads", java.text.MessageFormat.format(en.getString("canvas.lod.workloads"), 1204));
    }

    @Test
    void everyKoreanTextIsTranslatedUnlessItIsAName() throws IOException {
        Properties en = load("/io/hopscope/i18n/messages.properties");
        Properties ko = load("/io/hopscope/i18n/messages_ko.properties");
        java.util.List<String> untranslated = new java.util.ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            String value = ko.getProperty(key);
            boolean hangul = value.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
            // Product names, protocols and CIDR labels read the same in Korean AWS documentation.
            boolean name = value.matches("[A-Za-z0-9 /().*_:…+-]*") && value.length() <= 32;
            if (!hangul && !name) {
                untranslated.add(key + "=" + value);
            }
            if (!hangul && name && value.equals(en.getProperty(key)) && value.matches(".*[a-z]{4,}.*")
                    && !value.matches(".*(MySQL|Aurora|PostgreSQL|Redis|DynamoDB|English|JSON|Lambda|ElastiCache).*")) {
                untranslated.add(key + "=" + value);
            }
        }
        assertEquals(java.util.List.of(), untranslated);
    }
}
