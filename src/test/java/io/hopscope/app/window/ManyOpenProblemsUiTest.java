package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.files.OpenFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A diagram with 120 field problems: the dialog that refuses it stays on a 1280 x 720 screen, its
 * button within reach, with the first reasons in view and every one of them under "Show Details".
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ManyOpenProblemsUiTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @Test
    void aHundredAndTwentyReasonsKeepTheDialogOnScreenInKorean(FxRobot robot) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            reasons.add("broken.json: $.model.subnets[" + i + "].cidr: 필수 필드가 없음");
        }
        ResourceBundle ko = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN);
        robot.interact(() -> new OpenFailureDialogs(ko, root).showFailure(new OpenFailure(Path.of("/tmp/broken.json"), reasons)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("." + MainWindowView.OPEN_FAILURE_DIALOG).queryAs(DialogPane.class);
        String shown = dialog.getContentText();
        assertTrue(shown.contains("subnets[0]") && shown.contains("subnets[9]") && !shown.contains("subnets[10]"), shown);
        assertTrue(shown.endsWith("... 외 110개가 더 있습니다. '세부정보 표시'에서 모두 볼 수 있습니다."), shown);
        TextArea all = (TextArea) dialog.getExpandableContent();
        assertNotNull(all);
        assertEquals(120, all.getText().split("\n").length);
        double height = dialog.getScene().getWindow().getHeight();
        assertTrue(height < 700, "the dialog fits a 720-pixel screen: " + height);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
