package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final List<List<Problem>> found;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Throwable failure;

    RuleRun(NetworkModel model, ResourceLocator locator, boolean capped, List<ModelRule> rules) {
        this.model = model;
        this.locator = locator;
        this.capped = capped;
        this.rules = rules;
        this.found = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            found.add(List.of());
        }
    }

    /** Every rule's problems, in rule order. */
    List<Problem> problems() {
        if (rules.size() > 1 && model.allResources().size() >= PARALLEL_FROM) {
            model.find("");
            ForkJoinPool.commonPool().execute(this::work);
        }
        work();
        awaitOthers();
        List<Problem> all = new ArrayList<>();
        synchronized (found) {
            found.forEach(all::addAll);
        }
        return all;
    }

    /** Takes rules until none is left; a rule another thread took is that thread's to finish. */
    private void work() {
        for (int i = next.getAndIncrement(); i < rules.size(); i = next.getAndIncrement()) {
            try {
                List<Problem> problems = check(rules.get(i));
                synchronized (found) {
                    found.set(i, problems);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                synchronized (finished) {
                    finished.incrementAndGet();
                    finished.notifyAll();
                }
            }
        }
    }

    private List<Problem> check(ModelRule rule) {
        Findings findings = new Findings(locator, capped);
        findings.startRule(rule);
        rule.check(model, findings);
        findings.finishRule();
        return findings.problems();
    }

    /** Waits for the rules the pool thread took; when it never started, it took none. */
    private void awaitOthers() {
        synchronized (finished) {
            boolean interrupted = false;
            while (finished.get() < rules.size()) {
                try {
                    finished.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
