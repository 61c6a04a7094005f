package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Note;
import io.hopscope.io.importing.TerraformDiagramImporter;
import io.hopscope.io.terraform.TerraformPlanGenerator;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.model.UnknownRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large diagram's unknowns and layout written on a second thread give the very bytes of a save
 * in one pass and of {@code toJson} (a threshold of 0 entries forces the second thread).
 */
class SectionsAheadTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedPlanSavesTheSameBytes() throws Exception {
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 1);
        Diagram d = TerraformDiagramImporter.importFile(plan, "speed", false).diagram();
        assertTrue(d.model().unknowns().placeholders().size() > 100, "the plan has placeholders");
        assertSameBytes(d);
    }

    @Test
    void oddTextIsEncodedAsInOnePass() throws Exception {
        // Escapes, a character outside the BMP, a lone surrogate (saved as '?') and non-ASCII letters.
        String odd = "tab\t \"quoted\" \\ \u00e9 \uD83D\uDE80 lone \uD800 end \u0001";
        Diagram rich = RichDiagram.diagram();
        PlanUnknowns unknowns = new PlanUnknowns(
                List.of(new PlanUnknowns.Placeholder("vpc-1", "id", odd, "aws_vpc.a[\"" + odd + "\"]")),
                List.of(new UnknownRules("sg-1", UnknownRules.Side.INBOUND, "aws_security_group.b", odd)));
        Diagram d = rich.withModel(rich.model().toBuilder().unknowns(unknowns).build())
                .withLayout(rich.layout().withNotes(List.of(new Note("note-9", odd, 1, 2, 3, 4))));
        assertSameBytes(d);
        assertSameBytes(RichDiagram.diagram());
        assertSameBytes(Diagram.EMPTY);
    }

    private void assertSameBytes(Diagram d) throws Exception {
        Path onePass = dir.resolve("one.json");
        Path ahead = dir.resolve("ahead.json");
        DiagramWriter.save(d, onePass, Integer.MAX_VALUE);
        DiagramWriter.save(d, ahead, 0);
        assertArrayEquals(Files.readAllBytes(onePass), Files.readAllBytes(ahead));
        assertArrayEquals(DiagramWriter.toJson(d).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(ahead));
    }
}
