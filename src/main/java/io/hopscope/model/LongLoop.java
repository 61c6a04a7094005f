package io.hopscope.model;

import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * One pass over a long list (the 10,000 interfaces or 40,000 resources of a quota-scale account)
 * whose loop runs compiled after its first few thousand turns. The launcher runs C1 alone, which
 * compiles a method after a few hundred calls but a loop inside a method called once only after
 * 60,000 turns (an on-stack replacement), so a plain loop over 40,000 elements ran interpreted to
 * its end: about 0.2 microseconds a turn even when its body was a compiled method. Here the list
 * is walked in short runs, each one call of a small method that C1 compiles after ~100 calls.
 */
public final class LongLoop {

    /** Short enough that the run method is compiled early, long enough that the outer loop is short. */
    private static final int RUN = 32;

    private LongLoop() {
    }

    /** {@code action} on every element, in order; the same as {@code list.forEach(action)}. */
    public static <T> void forEach(List<T> list, Consumer<? super T> action) {
        if (!(list instanceof RandomAccess)) {
            list.forEach(action);
            return;
        }
        int size = list.size();
        for (int from = 0; from < size; from += RUN) {
            run(list, from, Math.min(size, from + RUN), action);
        }
    }

    private static <T> void run(List<T> list, int from, int to, Consumer<? super T> action) {
        for (int i = from; i < to; i++) {
            action.accept(list.get(i));
        }
    }
}
