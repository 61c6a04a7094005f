package io.hopscope.ui.trace;

import io.hopscope.diagram.Diagram;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The names the From and To boxes offer, kept current with the diagram without losing what is typed in them. */
final class EndpointList {

    private final ObservableList<String> choices = FXCollections.observableArrayList();

    EndpointList(Diagram diagram) {
        choices.setAll(EndpointChoices.of(diagram.model()));
    }

    ObservableList<String> list() {
        return choices;
    }

    void follow(Diagram now, TraceQuestion question) {
        List<String> fresh = EndpointChoices.of(now.model());
        if (!choices.equals(fresh)) {
            // Replacing a combo box's items clears its value: the question must survive the edit.
            String from = question.from.get();
            String to = question.to.get();
            choices.setAll(fresh);
            question.from.set(from);
            question.to.set(to);
        }
    }
}
