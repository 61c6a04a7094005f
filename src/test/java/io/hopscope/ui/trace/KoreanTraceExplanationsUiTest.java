package io.hopscope.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the UI in Korean, the trace explorer explains every hop, every blocker and every fix in
 * Korean (issue 18: not only the menus), while a copied JSON stays the English contract.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KoreanTraceExplanationsUiTest {

    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static Locale before;
    private MainWindowView window;

    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void everyHopBlockerAndFixOfTheBrokenReturnIsExplainedInKorean(FxRobot robot) {
        MainWindowFixture.open(robot, window, BROKEN);
        TraceViewModel vm = window.getTraceView().getViewModel();
        robot.interact(() -> {
            vm.fromProperty().set("web-1");
            vm.toProperty().set("orders-db");
            vm.portProperty().set("3306");
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();
        int hops = vm.getRows().size();
        assertTrue(hops >= 6, "request and reply hops: " + hops);

        Label explanation = robot.lookup(".trace-explanation").queryAs(Label.class);
        for (int i = 0; i < hops; i++) {
            String text = explanation.getText();
            assertTrue(hangul(text), "hop " + i + " is explained in Korean: " + text);
            assertFalse(text.matches(".*\\{\\d}.*"), "no placeholder left: " + text);
            if (i + 1 < hops) {
                robot.clickOn(".trace-next");
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        assertTrue(explanation.getText().contains("네트워크 ACL") || explanation.getText().contains("보안 그룹"),
                explanation.getText());

        List<Node> blockerTexts = List.copyOf(robot.lookup(".trace-blocker .label").queryAll());
        assertFalse(blockerTexts.isEmpty());
        assertTrue(blockerTexts.stream().map(n -> ((Label) n).getText()).anyMatch(t -> t.contains("임시 포트")
                || t.contains("네트워크 ACL")), "the blocking NACL is explained in Korean");
        List<Button> fixes = robot.lookup("." + BlockerList.APPLY_FIX).queryAllAs(Button.class).stream().toList();
        assertFalse(fixes.isEmpty());
        fixes.forEach(b -> assertTrue(hangul(b.getText()) && b.getText().contains("규칙"), b.getText()));

        // The contract the scripts read stays English whatever the UI language.
        assertTrue(vm.getTrace().forward().hops().get(0).explanation().startsWith("Security group")
                || vm.getTrace().forward().hops().get(0).explanation().startsWith("The security groups"));
        assertEquals(vm.getTrace().forward().hops().get(0).explanationText().toString(),
                vm.getTrace().forward().hops().get(0).explanation());
    }
}
