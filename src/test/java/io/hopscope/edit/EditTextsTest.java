package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.net.Cidr;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.text.Text;
import io.hopscope.ui.UiTestDiagrams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every edit says what it does as a key of the engine's bundle, so the Edit menu of a Korean window
 * reads "web-1 삭제 실행 취소" while the English description, which the command line and the tests
 * compare, stays what it was.
 */
class EditTextsTest {

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** An edit class that only had {@code description()} would show English in the Korean menu. */
    @Test
    void everyEditClassGivesItsTextAsAKey() throws IOException {
        List<String> plain = new ArrayList<>();
        int edits = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (src.matches("(?s).*\\bimplements Edit\\b.*")) {
                    edits++;
                    if (!src.contains("public Text text()")) {
                        plain.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertTrue(edits >= 50, "edit classes found: " + edits);
        assertEquals(List.of(), plain);
    }

    @Test
    void everyNewResourceKindIsNamedInBothLanguages() {
        for (NewResourceKind kind : NewResourceKind.values()) {
            assertEquals(kind.inSentence(), kind.text().toString(), kind.name());
            assertFalse(kind.text().format(Locale.KOREAN).startsWith("edit."), kind.name());
        }
    }

    /** What the inspector shows under a refused field: the edit's own reason or the model rule it breaks. */
    @Test
    void refusalsReadInKoreanAndStayEnglishForTheCommandLine() {
        Diagram d = Ec2ToRds.diagram();
        CheckedEdit noRule = CheckedEdit.tryOn(d, List.of(), new RemoveAclEntryEdit(Ec2ToRds.DB_ACL, false, 4242),
                io.hopscope.check.ModelValidator::validate);
        assertEquals(Ec2ToRds.DB_ACL + " has no inbound rule 4242", noRule.refusal().orElseThrow());
        assertEquals(Ec2ToRds.DB_ACL + "에 인바운드 규칙 4242이(가) 없습니다", noRule.refusal(Locale.KOREAN).orElseThrow());
        CheckedEdit overlap = CheckedEdit.tryOn(d, List.of(), new SetSubnetCidrEdit(Ec2ToRds.WEB_SUBNET, false,
                Cidr.parse("10.0.2.0/24")), io.hopscope.check.ModelValidator::validate);
        assertTrue(overlap.refusal().orElseThrow().contains("overlaps subnet"), overlap.refusal()::toString);
        assertTrue(overlap.refusal(Locale.KOREAN).orElseThrow().contains("겹칩니다"), overlap.refusal(Locale.KOREAN)::toString);
        assertEquals(overlap.refusal(), overlap.refusal(Locale.ENGLISH));
    }

    @Test
    void theUndoTextReadsInKoreanWithNamesAndInEnglishAsBefore() {
        EditHistory history = new EditHistory(UiTestDiagrams.twoTier());
        history.perform(new ResizeShapeEdit(new Shape(UiTestDiagrams.PUBLIC_SUBNET, 32, 70, 420, 300)));
        Text resize = history.undoText().orElseThrow();
        assertEquals("Resize public-a", resize.format(Locale.ROOT));
        assertEquals(history.undoDescription().orElseThrow(), resize.toString());
        assertEquals("public-a 크기 조정", resize.format(Locale.KOREAN));
        history.perform(new DeleteResourcesEdit(Set.of(UiTestDiagrams.WEB)));
        assertEquals("web-1 삭제", history.undoText().orElseThrow().format(Locale.KOREAN),
                "a deleted resource is named from before");
        history.undo();
        assertEquals("web-1 삭제", history.redoText().orElseThrow().format(Locale.KOREAN));
        history.perform(MoveShapesEdit.of(3, List.of(new Shape(UiTestDiagrams.PUBLIC_SUBNET, 0, 0, 10, 10)), 5, 5));
        assertEquals("Move 3 shapes", history.undoDescription().orElseThrow());
        assertTrue(hangul(history.undoText().orElseThrow().format(Locale.KOREAN)));
    }

    /**
     * The transit and hybrid edits and the lookup every edit uses refuse with keys: a plain
     * exception there would show English under a field of the Korean inspector.
     */
    @Test
    void transitAndHybridEditsRefuseWithKeys() throws IOException {
        List<String> plain = new ArrayList<>();
        List<Path> sources = new ArrayList<>(List.of(Path.of("src/main/java/io/hopscope/edit/Lookup.java")));
        for (String dir : List.of("transit", "hybrid")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/io/hopscope/edit", dir))) {
                sources.addAll(files.filter(p -> p.toString().endsWith(".java")).toList());
            }
        }
        for (Path f : sources) {
            String src = Files.readString(f);
            if (src.contains("new IllegalStateException(") || src.contains("new IllegalArgumentException(")) {
                plain.add(f.getFileName().toString());
            }
        }
        assertTrue(sources.size() >= 10, "sources scanned: " + sources.size());
        assertEquals(List.of(), plain);
    }

    @Test
    void aVanishedResourceIsNamedInTheUiLanguage() {
        CheckedEdit table = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(),
                new io.hopscope.edit.transit.SetPropagationEdit("tgw-rtb-0gone", "tgw-attach-0gone", true),
                io.hopscope.check.ModelValidator::validate);
        assertEquals("transit gateway route table tgw-rtb-0gone no longer exists", table.refusal().orElseThrow());
        assertEquals("전송 게이트웨이 라우팅 테이블 tgw-rtb-0gone이(가) 더 이상 없습니다",
                table.refusal(Locale.KOREAN).orElseThrow());
        CheckedEdit subnet = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(),
                new SetSubnetCidrEdit("subnet-0gone", false, Cidr.parse("10.0.9.0/24")),
                io.hopscope.check.ModelValidator::validate);
        assertEquals("subnet subnet-0gone no longer exists", subnet.refusal().orElseThrow());
        assertEquals("서브넷 subnet-0gone이(가) 더 이상 없습니다", subnet.refusal(Locale.KOREAN).orElseThrow());
    }
}
