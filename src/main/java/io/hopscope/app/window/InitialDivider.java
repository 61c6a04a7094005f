package io.hopscope.app.window;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;

/**
 * Sets a split's first divider where the window's layout wants it. Set once before the window is
 * shown, the split's first layout clamps it by the panes' preferred widths (an 820-pixel window
 * gave the canvas 0.42 of the room and the inspector the rest), so it is set again once the split
 * has its real width; later resizes keep the proportion.
 */
final class InitialDivider {

    private InitialDivider() {
    }

    static void holdAfterFirstLayout(SplitPane split, double position) {
        split.setDividerPositions(position);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > 0) {
                    obs.removeListener(this);
                    Platform.runLater(() -> split.setDividerPositions(position));
                }
            }
        });
    }
}
