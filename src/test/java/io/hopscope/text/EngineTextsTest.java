package io.hopscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's sentences (hop explanations, fixes) exist in English and Korean under the same
 * keys, every key the engine names is in both, and a trace written in Korean is Korean on every
 * hop and every fix while the English stays what the command line always printed.
 */
class EngineTextsTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EngineTextsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndTheSamePlaceholders() throws IOException {
        Properties en = load("/io/hopscope/i18n/engine.properties");
        Properties ko = load("/io/hopscope/i18n/engine_ko.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ko.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(ko.getProperty(key)), key);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * Every key literal the main sources hand to {@code Text.of} (or choose between right there)
     * is in the bundle; a literal that is a prefix ("traffic.port" + ".to") must start keys.
     */
    @Test
    void everyKeyTheSourcesNameIsInTheBundle() throws IOException {
        Properties en = load("/io/hopscope/i18n/engine.properties");
        List<String> missing = new ArrayList<>();
        Pattern call = Pattern.compile("Text\\.of\\(([^;]*)");
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        int keys = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher c = call.matcher(Files.readString(f));
                while (c.find()) {
                    Matcher l = literal.matcher(c.group(1));
                    while (l.find()) {
                        String key = l.group(1);
                        keys++;
                        boolean prefix = en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                        if (en.getProperty(key) == null && !prefix) {
                            missing.add(f.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(keys > 100, "found the engine's keys: " + keys);
        assertEquals(List.of(), missing);
    }

    /** A note's key says what went wrong ("routeTable.unknownTarget"), not where it sat in the source ("routeTable.13"). */
    @Test
    void importNoteKeysAreNamesNotNumbers() throws IOException {
        Properties en = load("/io/hopscope/i18n/engine.properties");
        List<String> numbered = en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("import.") && k.matches(".*\\.\\d+"))
                .sorted().toList();
        assertEquals(List.of(), numbered);
    }

    @Test
    void aSampleTraceReadsInKoreanOnEveryHopAndFixAndInEnglishAsBefore() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds-broken-return.json")).diagram();
        Tracer tracer = new Tracer(d.model());
        Trace t = tracer.trace(new TraceQuery("web-1", "orders-db", Protocol.TCP, 3306, null, null, null, null, null, null));
        List<Hop> hops = new ArrayList<>(t.forward().hops());
        hops.addAll(t.reply().hops());
        assertTrue(hops.size() >= 6);
        for (Hop h : hops) {
            String korean = h.explanationText().format(Locale.KOREAN);
            assertTrue(hangul(korean), h.componentId() + ": " + korean);
            assertFalse(korean.matches("(?s).*\\{\\d}.*"), korean);
            assertEquals(h.explanation(), h.explanationText().format(Locale.ROOT));
            assertNotEquals(h.explanation(), korean);
        }
        assertFalse(t.blockers().isEmpty());
        for (Blocker b : t.blockers()) {
            assertTrue(hangul(b.hop().explanationText().format(Locale.KOREAN)));
            assertFalse(b.fixes().isEmpty());
            for (Edit fix : b.fixes()) {
                String korean = fix.text().format(Locale.KOREAN);
                assertTrue(hangul(korean) && korean.contains("규칙"), korean);
                assertEquals(fix.description(), fix.text().toString());
            }
        }
        // The reply NACL blocks the client's ephemeral port: the Korean names it with AWS's term.
        assertTrue(t.blockers().stream().anyMatch(b -> b.hop().explanationText().format(Locale.KOREAN).contains("임시 포트")));
    }

    @Test
    void theSecurityGroupRuleQuotedInAnExplanationIsSaidInKoreanToo() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
        Trace t = new Tracer(d.model()).trace(new TraceQuery("web-1", "orders-db", Protocol.TCP, 3306, null, null, null, null,
                null, null));
        Hop out = t.forward().hops().get(0);
        assertTrue(out.explanation().contains("by the rule 'all traffic to 0.0.0.0/0'"), out.explanation());
        String korean = out.explanationText().format(Locale.KOREAN);
        assertTrue(korean.contains("'0.0.0.0/0(으)로 가는 모든 트래픽'") && !korean.contains("all traffic"), korean);
    }

    /** Every sample diagram, every workload to every other: no hop or fix is left without a Korean sentence. */
    @Test
    void everyHopOfEverySampleHasAKoreanSentence() throws IOException {
        List<String> untranslated = new ArrayList<>();
        Set<String> keysSeen = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("diagrams"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Diagram d = DiagramReader.read(f).diagram();
                if (d == null) {
                    continue;
                }
                Tracer tracer = new Tracer(d.model());
                List<String> ends = d.model().workloads().stream().map(Workload::id).limit(8).toList();
                for (String from : ends) {
                    for (String to : ends) {
                        if (from.equals(to)) {
                            continue;
                        }
                        Trace t;
                        try {
                            t = tracer.trace(new TraceQuery(from, to, Protocol.TCP, 443, null, null, null, null, null, null));
                        } catch (RuntimeException e) {
                            continue;
                        }
                        List<Hop> hops = new ArrayList<>(t.forward().hops());
                        if (t.reply() != null) {
                            hops.addAll(t.reply().hops());
                        }
                        for (Hop h : hops) {
                            keysSeen.add(h.explanationText().key());
                            if (!hangul(h.explanationText().format(Locale.KOREAN))) {
                                untranslated.add(f.getFileName() + " " + h.componentId() + ": " + h.explanation());
                            }
                        }
                        for (Blocker b : t.blockers()) {
                            for (Edit fix : b.fixes()) {
                                if (!hangul(fix.text().format(Locale.KOREAN))) {
                                    untranslated.add(f.getFileName() + " fix: " + fix.description());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(keysSeen.size() > 10, "the samples meet many kinds of hop: " + keysSeen);
        assertEquals(List.of(), untranslated);
    }

    @Test
    void argumentsAreWrittenAsTheyAreAndTextsNestInTheSameLanguage() {
        Text port = Text.of("rule.traffic.port", "tcp", 40000);
        assertEquals("tcp port 40000", port.toString());
        assertEquals("tcp 포트 40000", port.format(Locale.KOREAN));
        assertEquals("Add inbound rule 'tcp port 40000' to sg-1", Text.of("fix.sg.add.inbound", port, "sg-1").toString());
        assertEquals("sg-1에 인바운드 규칙 'tcp 포트 40000' 추가",
                Text.of("fix.sg.add.inbound", port, "sg-1").format(Locale.KOREAN));
        // No fallback to the system's language: an English UI on a Korean machine stays English.
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            assertEquals("tcp port 40000", port.format(Locale.ROOT));
            assertEquals("tcp port 40000", port.format(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("as is", Text.literal("as is").format(Locale.KOREAN));
    }
}
