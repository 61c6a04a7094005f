package io.hopscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application; {@link io.hopscope.Main} starts it. */
public final class HopscopeApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(HopscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hopscope");
        stage.setScene(new Scene(new Label("Hopscope"), 800, 600));
        stage.show();
    }
}
