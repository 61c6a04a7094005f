package io.hopscope.ui.reach;

import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.DiagramDocument;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The canvas's internet-exposure badges: after every change of the diagram's model (debounced, so
 * a burst of edits costs one answer), {@link InternetExposure} brings the answer up to date on the
 * worker; a newer edit cancels an answer in flight, and an answer for an older model is dropped.
 * Turned off, it computes nothing and shows nothing. No scene classes.
 */
public final class ExposureBadgesViewModel {
    /** Edits closer together than this are answered once. */
    public static final long DEBOUNCE_MILLIS = 120;

    private final DiagramDocument document;
    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final long debounceMillis;
    private final InternetExposure exposure = new InternetExposure();
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyObjectWrapper<Map<String, ExposureBadge>> badges = new ReadOnlyObjectWrapper<>(this, "badges", Map.of());
    private final ReadOnlyDoubleWrapper lastMillis = new ReadOnlyDoubleWrapper(this, "lastMillis");
    private final javafx.beans.property.ReadOnlyIntegerWrapper answers = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "answers");
    private final AtomicLong generation = new AtomicLong();
    private volatile int lastRecomputed;
    private ScheduledFuture<?> pending;

    public ExposureBadgesViewModel(DiagramDocument document, ScheduledExecutorService worker, Executor ui, long debounceMillis) {
        this.document = document;
        this.worker = worker;
        this.ui = ui;
        this.debounceMillis = debounceMillis;
        document.diagramProperty().addListener((obs, old, now) -> {
            if (old == null || old.model() != now.model()) {
                schedule(debounceMillis);
            }
        });
        enabled.addListener((obs, was, on) -> {
            if (on) {
                schedule(0);
            } else {
                generation.incrementAndGet();
                badges.set(Map.of());
            }
        });
        schedule(0);
    }

    private void schedule(long delay) {
        if (!enabled.get()) {
            return;
        }
        long gen = generation.incrementAndGet();
        NetworkModel model = document.getDiagram().model();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> compute(gen, model), delay, TimeUnit.MILLISECONDS);
    }

    private void compute(long gen, NetworkModel model) {
        if (gen != generation.get()) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            Map<String, ExposureBadge> result = exposure.update(model, () -> gen != generation.get());
            double ms = (System.nanoTime() - t0) / 1e6;
            int n = exposure.lastRecomputed();
            ui.execute(() -> {
                if (gen == generation.get()) {
                    lastRecomputed = n;
                    lastMillis.set(ms);
                    badges.set(Map.copyOf(result));
                    answers.set(answers.get() + 1);
                }
            });
        } catch (CancellationException e) {
            // A newer model is on its way.
        }
    }

    /** View > Internet Exposure Badges. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Shape id to badge ("tcp 443"), for every shape a host on the internet can (or may) connect to. */
    public ReadOnlyObjectProperty<Map<String, ExposureBadge>> badgesProperty() {
        return badges.getReadOnlyProperty();
    }

    /** Milliseconds the last published answer took on the worker (the debounce not counted). */
    public ReadOnlyDoubleProperty lastMillisProperty() {
        return lastMillis.getReadOnlyProperty();
    }

    /** Targets the last published answer computed again (the rest were unchanged by the edit). */
    public int lastRecomputed() {
        return lastRecomputed;
    }

    /** Counts the answers published (each edit's, once it is in). */
    public javafx.beans.property.ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public long debounceMillis() {
        return debounceMillis;
    }
}
