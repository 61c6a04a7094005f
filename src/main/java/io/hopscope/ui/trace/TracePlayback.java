package io.hopscope.ui.trace;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.util.Duration;

/**
 * Play/pause: steps to the next hop once a second times the speed, and stops on the last hop.
 * Playing from the last hop starts again at the first, as a simulation's "play" does.
 */
final class TracePlayback {

    private final TraceViewModel viewModel;
    private final Timeline timeline;
    private final BooleanProperty playing;

    TracePlayback(TraceViewModel viewModel, BooleanProperty playing, DoubleProperty speed) {
        this.viewModel = viewModel;
        this.playing = playing;
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> step()));
        timeline.setCycleCount(Animation.INDEFINITE);
        // Not bound: Timeline.playFromStart sets its own rate, which a binding forbids.
        timeline.setRate(speed.get());
        speed.addListener((obs, old, now) -> timeline.setRate(now.doubleValue()));
        playing.addListener((obs, was, is) -> {
            if (is) {
                start();
            } else {
                timeline.stop();
            }
        });
    }

    private void start() {
        if (viewModel.getRows().isEmpty()) {
            playing.set(false);
            return;
        }
        if (viewModel.currentIndexProperty().get() >= viewModel.getRows().size() - 1) {
            viewModel.first();
        }
        timeline.playFromStart();
    }

    private void step() {
        if (!viewModel.next()) {
            playing.set(false);
        }
    }
}
