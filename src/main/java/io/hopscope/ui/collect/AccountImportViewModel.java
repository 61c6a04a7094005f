package io.hopscope.ui.collect;

import io.hopscope.io.collect.AwsCollector;
import io.hopscope.io.collect.CollectException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File > Import/Export > Import from AWS account…: a profile (blank: the default credentials
 * chain), one or more Regions, an optional endpoint (LocalStack, tests). {@link #start} runs
 * {@code collect} on {@code worker} into a new temporary folder, a log line per page and the share
 * of listings done as progress; {@link #cancel} stops it before its next listing and nothing is
 * imported. When it finishes the folder goes to {@code onCollected}, which imports it like any AWS
 * folder (auto-layout, Problems). Toolkit-free: state changes reach the view through {@code fx}.
 */
public final class AccountImportViewModel {
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final ObservableList<String> regions = FXCollections.observableArrayList(AwsCollector.knownRegions());
    private final ObservableList<String> selectedRegions = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final ResourceBundle messages;
    private final Executor worker;
    private final Consumer<Runnable> fx;
    private final Consumer<Path> onCollected;
    private AtomicBoolean cancelled = new AtomicBoolean();

    public AccountImportViewModel(ResourceBundle messages, Executor worker, Consumer<Runnable> fx, Consumer<Path> onCollected) {
        this.messages = messages;
        this.worker = worker;
        this.fx = fx;
        this.onCollected = onCollected;
        status.set(messages.getString("collect.status.ready"));
        // The Region of the default profile (AWS_REGION, ~/.aws/config) is the likely first choice.
        String home = AwsCollector.defaultRegion();
        if (home != null && regions.contains(home)) {
            selectedRegions.add(home);
        }
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public ObservableList<String> getRegions() {
        return regions;
    }

    /** The Regions to read; the view keeps it in step with the list's selection. */
    public ObservableList<String> getSelectedRegions() {
        return selectedRegions;
    }

    public ObservableList<String> getLog() {
        return log;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** True once a run ended (read, failed or cancelled): the dialog's Close replaces Cancel. */
    public BooleanProperty finishedProperty() {
        return finished;
    }

    /** True when the last run read every listing (none denied): the dialog closes itself. */
    public BooleanProperty completeProperty() {
        return complete;
    }

    /** Start applies when at least one Region is chosen and nothing runs. */
    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> !running.get() && !selectedRegions.isEmpty(), running, selectedRegions);
    }

    public void start() {
        if (running.get() || selectedRegions.isEmpty()) {
            return;
        }
        URI uri;
        try {
            uri = endpoint.get().isBlank() ? null : URI.create(endpoint.get().strip());
        } catch (IllegalArgumentException e) {
            status.set(MessageFormat.format(messages.getString("collect.status.badEndpoint"), endpoint.get()));
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("hopscope-collect-");
        } catch (IOException e) {
            status.set(MessageFormat.format(messages.getString("collect.status.failed"), e.getMessage()));
            return;
        }
        List<String> chosen = List.copyOf(selectedRegions);
        String name = profile.get().strip();
        AwsCollector.Options options = new AwsCollector.Options(dir, chosen, name.isEmpty() ? List.of() : List.of(name), uri);
        double total = (double) AwsCollector.listingsPerRegion() * chosen.size();
        int[] done = {0};
        cancelled = new AtomicBoolean();
        AtomicBoolean stop = cancelled;
        running.set(true);
        finished.set(false);
        complete.set(false);
        log.clear();
        progress.set(0);
        status.set(MessageFormat.format(messages.getString("collect.status.running"), String.join(", ", chosen)));
        worker.execute(() -> {
            try {
                AwsCollector.Result r = AwsCollector.collect(options, line -> fx.accept(() -> {
                    log.add(line);
                    // A listing's first page (or its denial) is one listing done.
                    if (AwsCollector.endsCall(line)) {
                        progress.set(Math.min(1, ++done[0] / total));
                    }
                }), stop::get);
                fx.accept(() -> done(r, dir));
            } catch (CollectException e) {
                fx.accept(() -> ended(stop.get() ? messages.getString("collect.status.cancelled")
                        : MessageFormat.format(messages.getString("collect.status.failed"), e.getMessage())));
            } catch (RuntimeException e) {
                fx.accept(() -> ended(MessageFormat.format(messages.getString("collect.status.failed"), e.getMessage())));
            }
        });
    }

    /** Stops the run before its next listing; what was read is dropped, nothing is imported. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set(messages.getString("collect.status.cancelling"));
        }
    }

    private void done(AwsCollector.Result r, Path dir) {
        progress.set(1);
        complete.set(r.denied().isEmpty());
        ended(r.denied().isEmpty()
                ? MessageFormat.format(messages.getString("collect.status.done"), r.records(), r.files())
                : MessageFormat.format(messages.getString("collect.status.denied"), r.records(), r.files(),
                        String.join(", ", r.denied())));
        onCollected.accept(dir);
    }

    private void ended(String text) {
        running.set(false);
        finished.set(true);
        status.set(text);
    }
}
