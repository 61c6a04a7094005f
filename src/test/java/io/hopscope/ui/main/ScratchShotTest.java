package io.hopscope.ui.main;

import io.hopscope.app.HopscopeApp;
import io.hopscope.ui.UiTestDiagrams;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScratchShotTest {
    MainWindowView window; Stage stage;
    @Start void start(Stage stage) {
        this.stage = stage;
        window = HopscopeApp.createMainWindow(f -> new DiagramLoader.Loaded(UiTestDiagrams.twoTier(), List.of()), List.of());
        stage.setWidth(1200); stage.setHeight(780);
        window.showOn(stage);
    }
    @Test void shot(FxRobot robot) throws Exception {
        robot.interact(() -> window.openFile(Path.of("/x/two-tier.json")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.getCanvasView().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { try { ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File("/tmp/shot-light.png")); } catch (Exception e) { throw new RuntimeException(e);} });
        robot.interact(() -> window.setDarkTheme(true));
        robot.interact(() -> { try { ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File("/tmp/shot-dark.png")); } catch (Exception e) { throw new RuntimeException(e);} });
    }
}
