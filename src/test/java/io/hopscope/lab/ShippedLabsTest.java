package io.hopscope.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every lab in {@code diagrams/labs} is proven solvable: it fails its assertions as shipped, its
 * reference solution (in the test resources) passes them and keeps its constraints, and the
 * obvious wrong solutions are rejected, the allow-all ones by a constraint.
 */
class ShippedLabsTest {

    private static Map<String, LabFile> shipped() {
        Map<String, LabFile> labs = new LinkedHashMap<>();
        for (Path p : LabFiles.json(LabFiles.LABS)) {
            LabFile f = LabFiles.read(p);
            assertEquals(p.getFileName().toString(), f.lab().id() + ".json", "a lab's file is named by its id");
            labs.put(f.lab().id(), f);
        }
        return labs;
    }

    @Test
    void atLeastTwelveLabsShipAndTheCatalogListsEveryOne() throws IOException {
        Map<String, LabFile> labs = shipped();
        assertTrue(labs.size() >= 12, "labs: " + labs.keySet());
        List<String> listed = Files.readAllLines(LabFiles.LABS.resolve("labs.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(new TreeSet<>(labs.keySet()), new TreeSet<>(listed));
        assertEquals(listed, LabCatalog.ids(), "the jar carries the same list");
        assertEquals(labs.size(), LabCatalog.shipped().size());
    }

    @Test
    void everyLabSpeaksEnglishAndKorean() {
        for (LabFile f : shipped().values()) {
            Lab lab = f.lab();
            List<LocalizedText> texts = new ArrayList<>(List.of(lab.title(), lab.goal(), lab.topic(), lab.explanation()));
            texts.addAll(lab.hints());
            lab.assertions().forEach(a -> texts.add(a.label()));
            assertFalse(lab.hints().isEmpty(), lab.id() + " has hints");
            for (LocalizedText t : texts) {
                assertFalse(t.en().isBlank(), lab.id());
                assertTrue(t.ko().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), lab.id() + ": not Korean: " + t.ko());
                assertFalse(t.en().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), lab.id() + ": " + t.en());
            }
            assertTrue(lab.minutes() > 0 && lab.difficulty() != null, lab.id());
        }
    }

    @Test
    void everyLabFailsAsShipped() {
        for (LabFile f : shipped().values()) {
            LabGrade grade = LabFiles.grade(f);
            assertFalse(grade.solved(), f.lab().id() + " is solved before anything was done");
            assertFalse(grade.failing().isEmpty(), f.lab().id() + ": some assertion must fail as shipped");
            assertTrue(grade.violations().isEmpty(), f.lab().id() + ": the start breaks no constraint");
        }
    }

    @Test
    void everyReferenceSolutionSolvesItsLab() {
        Map<String, LabFile> labs = shipped();
        Set<String> solved = new TreeSet<>();
        for (Path p : LabFiles.json(LabFiles.SOLUTIONS)) {
            LabFile attempt = LabFiles.read(p);
            LabFile lab = labs.get(attempt.lab().id());
            assertEquals(lab.lab(), withoutParsedAssertions(attempt.lab(), lab.lab()), p + " carries its lab unchanged");
            assertEquals(lab.diagram(), attempt.start(), p + " starts where the lab starts");
            assertTrue(attempt.changed(), p.toString());
            LabGrade grade = LabFiles.grade(attempt);
            assertTrue(grade.solved(), p + ": " + grade.failing().stream().map(AssertionCheck::summary).toList()
                    + " " + grade.violations().stream().map(Violation::english).toList());
            solved.add(attempt.lab().id());
        }
        assertEquals(labs.keySet(), solved, "every lab has a reference solution");
    }

    /** Assertions compare by their parsed form, which records where they stand in the file. */
    private static Lab withoutParsedAssertions(Lab attempt, Lab shipped) {
        assertEquals(shipped.assertions().stream().map(LabAssertion::policy).toList(),
                attempt.assertions().stream().map(LabAssertion::policy).toList());
        return new Lab(attempt.id(), attempt.title(), attempt.goal(), attempt.topic(), attempt.difficulty(), attempt.minutes(),
                shipped.assertions(), attempt.hints(), attempt.constraints(), attempt.explanation());
    }

    @Test
    void wrongSolutionsAreRejectedAndAllowAllByAConstraint() throws IOException {
        Map<String, String> expected = Files.readAllLines(LabFiles.WRONG.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank()).collect(Collectors.toMap(l -> l.split(" ")[0], l -> l.split(" ")[1]));
        Set<String> labsWithAllOpen = new TreeSet<>();
        for (Path p : LabFiles.json(LabFiles.WRONG)) {
            String name = p.getFileName().toString().replace(".json", "");
            LabFile attempt = LabFiles.read(p);
            LabGrade grade = LabFiles.grade(attempt);
            assertFalse(grade.solved(), name + " must not pass");
            String why = expected.get(name);
            if ("constraint".equals(why)) {
                assertFalse(grade.violations().isEmpty(), name + " is rejected by a constraint");
            } else {
                assertEquals("assertion", why, name + " is listed in expected.txt");
                assertFalse(grade.failing().isEmpty(), name + " fails an assertion");
            }
            if (name.endsWith("-allow-all")) {
                assertTrue(grade.violations().stream().anyMatch(v -> v.constraint() instanceof LabConstraint.NoWorldOpen), name);
                labsWithAllOpen.add(attempt.lab().id());
            }
        }
        assertEquals(expected.size(), LabFiles.json(LabFiles.WRONG).size(), "every wrong attempt is listed");
        assertTrue(labsWithAllOpen.size() >= 8, "allow-all attempts: " + labsWithAllOpen);
    }

    /** Run with -Dhopscope.writeLabs=true to rewrite every lab file in the writer's own layout. */
    @Test
    void labFilesAreWrittenAsTheWriterWritesThem() throws IOException {
        boolean rewrite = Boolean.getBoolean("hopscope.writeLabs");
        for (Path dir : List.of(LabFiles.LABS, LabFiles.SOLUTIONS, LabFiles.WRONG)) {
            for (Path p : LabFiles.json(dir)) {
                String canonical = LabWriter.toJson(LabFiles.read(p));
                if (rewrite) {
                    Files.writeString(p, canonical, StandardCharsets.UTF_8);
                }
                assertEquals(canonical, Files.readString(p, StandardCharsets.UTF_8), p + " (rewrite with -Dhopscope.writeLabs=true)");
            }
        }
    }
}
