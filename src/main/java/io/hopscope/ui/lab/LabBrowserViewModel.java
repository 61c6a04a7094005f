package io.hopscope.ui.lab;

import io.hopscope.lab.Lab;
import io.hopscope.lab.LabCatalog;
import io.hopscope.lab.LabFile;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The lab browser's rows: every shipped lab with its topic, difficulty, time and done mark. */
public final class LabBrowserViewModel {

    private final ResourceBundle messages;
    private final LabProgress progress;
    private final List<LabFile> labs;
    private final ObservableList<LabRow> rows = FXCollections.observableArrayList();

    public LabBrowserViewModel(ResourceBundle messages, LabProgress progress) {
        this(messages, progress, LabCatalog.shipped());
    }

    public LabBrowserViewModel(ResourceBundle messages, LabProgress progress, List<LabFile> labs) {
        this.messages = messages;
        this.progress = progress;
        this.labs = List.copyOf(labs);
        refresh();
    }

    /** Re-reads the done marks (after a lab was solved). */
    public void refresh() {
        Locale locale = messages.getLocale();
        rows.setAll(labs.stream().map(f -> {
            Lab lab = f.lab();
            return new LabRow(f, lab.title().in(locale), lab.topic().in(locale),
                    messages.getString("lab.difficulty." + lab.difficulty().wireName()),
                    MessageFormat.format(messages.getString("lab.minutes"), lab.minutes()), progress.isDone(lab.id()));
        }).toList());
    }

    public ObservableList<LabRow> getRows() {
        return rows;
    }

    public String summary() {
        long done = rows.stream().filter(LabRow::done).count();
        return MessageFormat.format(messages.getString("lab.browser.summary"), rows.size(), done);
    }
}
