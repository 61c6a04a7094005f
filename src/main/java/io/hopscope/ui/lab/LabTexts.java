package io.hopscope.ui.lab;

import io.hopscope.lab.AssertionCheck;
import io.hopscope.lab.Violation;
import io.hopscope.ui.common.AssertionWords;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Says what the grader found in the reader's language, from the structured results (verdict,
 * endpoints, port, blocking component, constraint code), never by translating English sentences:
 * the engine's and the CLI's English stays as it is.
 */
final class LabTexts {

    private final ResourceBundle messages;
    private final AssertionWords words;

    LabTexts(ResourceBundle messages) {
        this.messages = messages;
        this.words = new AssertionWords(messages);
    }

    String detail(AssertionCheck c) {
        if (c.holds()) {
            return "";
        }
        if (c.error() != null || c.counterexample() == null) {
            return format("lab.assertion.cannotEvaluate", c.error() == null ? c.summary() : c.error());
        }
        boolean expectedReachable = c.assertion().assertion().expect()
                == io.hopscope.reach.Assertion.Expectation.REACHABLE;
        return words.failure(c.counterexample(), expectedReachable);
    }

    String violation(Violation v) {
        String key = "lab.violation." + v.code();
        if (!messages.containsKey(key)) {
            return v.english();
        }
        Object[] args = v.args().toArray();
        // Words inside the arguments (a direction, a resource kind) are said in the reader's language too.
        for (int i = 0; i < args.length; i++) {
            String word = String.valueOf(args[i]);
            if (word.equals("inbound") || word.equals("outbound")) {
                args[i] = messages.getString("inspector.finding." + word);
            } else if (v.code().equals("newResource") && i == 0 && messages.containsKey("kind." + word)) {
                args[i] = messages.getString("kind." + word);
            }
        }
        return MessageFormat.format(messages.getString(key), args);
    }

    String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
