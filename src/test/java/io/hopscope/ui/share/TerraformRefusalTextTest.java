package io.hopscope.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.check.Problem;
import io.hopscope.io.terraform.TfInputException;
import io.hopscope.io.terraform.TfJsonReader;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Terraform JSON file the import cannot use is one problem that says why in the UI's language
 * (the kind of JSON error with its line and column, or "not a plan or state"), while the command
 * line's English (the exception's message) is what it always printed.
 */
class TerraformRefusalTextTest {

    @TempDir
    Path dir;

    private final ShareViewModel share = new ShareViewModel(DiagramDocument.empty(),
            ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN));

    private Problem refusal(String json) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json);
        var result = share.readTerraform(file);
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    @Test
    void brokenJsonSaysTheKindAndPlaceInKorean() throws Exception {
        Problem p = refusal("{\"format_version\": \"1.2\",\n \"values\": {\"root_module\": }}");
        Path file = dir.resolve("plan.json");
        TfInputException cli = assertThrows(TfInputException.class, () -> TfJsonReader.read(file));
        assertEquals(cli.getMessage(), p.message());
        assertEquals("잘못된 JSON: 예기치 않은 문자 '}'(2행 28열)", p.message(Locale.KOREAN));
    }

    @Test
    void notAPlanOrStateReadsInKorean() throws Exception {
        Problem p = refusal("[1, 2]");
        assertEquals("$: not a Terraform plan or state (expected a JSON object)", p.message());
        assertEquals("Terraform 플랜이나 상태가 아님(JSON 객체여야 함)", p.message(Locale.KOREAN));
        assertEquals("Terraform 플랜도 상태도 아님(planned_values, resource_changes, values가 없음. "
                + "'terraform show -json'의 출력이어야 함)", refusal("{\"format_version\": \"1.2\"}").message(Locale.KOREAN));
    }
}
