package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TakenInTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs a list of rules over one model on the calling thread and, for a large model, one pool
 * thread: each takes the next rule not yet taken. Every rule writes to its own {@link Findings},
 * and the lists are joined in rule order, so the problems are the same, in the same order, as one
 * thread checking the rules in turn (the cap per rule counts within one rule only).
 *
 * <p>Safe because a rule only reads: the model is immutable, its lookups are built before the
 * second thread starts (they are built lazily, once), the rules are stateless singletons and every
 * locator is a read-only map. At quota scale (33,000 resources) the import's repair spent ~80 ms
 * of the main thread's CPU in the error rules; small models stay on one thread, where a hand-over
 * costs more than their rules.
 */
final class RuleRun {

    /** Below this many resources the rules run on the calling thread alone. */
    static final int PARALLEL_FROM = 5_000;

    private final NetworkModel model;
    private final ResourceLocator locator;
    private final boolean capped;
    private final List<ModelRule> rules;

    RuleRun(NetworkModel model, ResourceLocator locator, boolean capped, List<ModelRule> rules) {
        this.model = model;
        this.locator = locator;
        this.capped = capped;
        this.rules = rules;
    }

    /** Every rule's problems, in rule order. */
    List<Problem> problems() {
        TakenInTurn<List<Problem>> turns = new TakenInTurn<>(rules.size(), i -> check(rules.get(i)));
        if (rules.size() > 1 && model.allResources().size() >= PARALLEL_FROM) {
            model.find("");
            ForkJoinPool.commonPool().execute(turns::work);
        }
        List<Problem> all = new ArrayList<>();
        turns.run().forEach(all::addAll);
        return all;
    }

    private List<Problem> check(ModelRule rule) {
        Findings findings = new Findings(locator, capped);
        findings.startRule(rule);
        rule.check(model, findings);
        findings.finishRule();
        return findings.problems();
    }
}
