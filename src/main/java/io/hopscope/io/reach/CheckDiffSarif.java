package io.hopscope.io.reach;

import io.hopscope.reach.AssertionChange;
import io.hopscope.reach.FlowChange;
import io.hopscope.reach.Policy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * SARIF 2.1.0 of {@code check --diff}: the rules of {@code check} (an assertion that fails on the
 * planned network is an error) and three for the change itself, one result per changed flow, each
 * located at its assertion in the policy file so code scanning shows it beside the pull request.
 */
final class CheckDiffSarif {
    private static final String[][] CHANGE_RULES = {
        {"hopscope/change-opens", "The change opens a connection that was not possible before"},
        {"hopscope/change-closes", "The change closes a connection that was possible before"},
        {"hopscope/change-verdict", "The change alters how a flow is decided"},
    };

    private CheckDiffSarif() {
    }

    static String write(String model, Policy p, List<AssertionChange> changes) {
        String[][] rules = Stream.concat(Arrays.stream(SarifLog.EXPECT_RULES), Arrays.stream(CHANGE_RULES)).toArray(String[][]::new);
        return SarifLog.write(p, rules, log -> {
            for (AssertionChange c : changes) {
                if (!c.after().holds()) {
                    log.result(c.assertion(), "hopscope/expect-" + c.assertion().expect().wireName(), "error",
                            c.assertion().name() + " (" + c.status() + " by " + model + "): " + c.after().summary() + "; "
                                    + CheckReportWriter.counterexample(c.after().counterexample()));
                }
                for (FlowChange f : c.flows()) {
                    String change = f.change();
                    log.result(c.assertion(), "hopscope/change-" + (change.equals("changes") ? "verdict" : change),
                            change.equals("opens") ? "warning" : "note",
                            c.assertion().name() + ": " + CheckDiffWriter.sentence(f));
                }
            }
        });
    }
}
