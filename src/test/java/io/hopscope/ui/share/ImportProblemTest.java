package io.hopscope.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.check.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    private static final Path DIR = Path.of("/snapshots/prod");

    @Test
    void locationWithFileAndPathIsSplit() {
        ImportProblem p = ImportProblem.of(DIR, Problem.warning("RouteTables.json: $.RouteTables[0].Routes[3]", "unknown target"));

        assertEquals("RouteTables.json", p.file());
        assertEquals("$.RouteTables[0].Routes[3]", p.jsonPath());
        assertEquals("WARNING: unknown target", p.reason());
    }

    @Test
    void locationWithOnlyAFileHasNoPath() {
        ImportProblem p = ImportProblem.of(DIR, Problem.error("Vpcs.json", "malformed JSON"));

        assertEquals("Vpcs.json", p.file());
        assertEquals("", p.jsonPath());
    }

    @Test
    void problemWithoutLocationBelongsToTheFolder() {
        ImportProblem p = ImportProblem.of(DIR, Problem.error("", "no describe-* JSON found"));

        assertEquals(DIR.toString(), p.file());
        assertEquals(DIR + ": ERROR: no describe-* JSON found", p.toString());
    }

    @Test
    void aKoreanWindowListsSeverityAndKeyedReasonInKorean() {
        java.util.ResourceBundle ko = java.util.ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.KOREAN);
        Problem skipped = new Problem(io.hopscope.check.Severity.INFO, "plan.json: $.planned_values.root_module.resources[1]",
                io.hopscope.text.Text.of("import.tf.note", "aws_iam_role.r",
                        io.hopscope.text.Text.of("import.tf.skipped", io.hopscope.text.Text.of("import.tf.noPath", "aws_iam_role"))),
                null);
        ImportProblem p = ImportProblem.of(DIR, skipped, ko);
        assertEquals("plan.json", p.file());
        assertEquals("정보: aws_iam_role.r: 건너뜀: aws_iam_role은(는) 네트워크 경로에 영향을 주지 않습니다", p.reason());
        assertEquals("INFO: aws_iam_role.r: skipped: aws_iam_role does not shape a network path",
                ImportProblem.of(DIR, skipped).reason());
    }
}
