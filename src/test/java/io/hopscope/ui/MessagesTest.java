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
}
