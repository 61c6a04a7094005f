package io.hopscope.ui.share;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Trace;
import io.hopscope.export.TraceOverlays;
import io.hopscope.edit.ImportDiagramEdit;
import io.hopscope.edit.ReimportEdit;
import io.hopscope.export.PngExporter;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.format.AtomicFileWriter;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.io.importing.TerraformDiagramImporter;
import io.hopscope.io.terraform.TfInputException;
import io.hopscope.io.svg.SvgWriter;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.ui.common.DiagramDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Import of AWS describe-* JSON into the open document and export of the diagram as PNG or SVG.
 * Toolkit-free: the {@code read...} methods do the slow file work and may run on any thread; the
 * {@code apply...} methods change the document and belong on the thread that owns it.
 */
public final class ShareViewModel {

    private final List<Consumer<String>> notices = new ArrayList<>();
    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final DiagramPictureBuilder pictures;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<ImportProblem> importProblems = FXCollections.observableArrayList();
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty(this, "selectionOnly");
    private final BooleanProperty includeTrace = new SimpleBooleanProperty(this, "includeTrace", true);
    /** The trace the window shows, if any; the view binds it to the trace panel. */
    private final ObjectProperty<Trace> shownTrace = new SimpleObjectProperty<>(this, "shownTrace");

    /** The diagram's title, for the name an export chooser suggests. */
    public String diagramTitle() {
        return document.getDiagram().title();
    }

    public ShareViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.pictures = new DiagramPictureBuilder(messages);
    }

    /** Reads and lays out the snapshot in {@code dir}; slow, so not on the UI thread. */
    public AwsDiagramImport readImport(Path dir) {
        return AwsDiagramImporter.importDirectory(dir, titleOf(dir));
    }

    /**
     * Reads and lays out a Terraform plan or state (the JSON of {@code terraform show -json}); a file
     * Hopscope cannot read comes back empty with the reason as its one problem, for the Problems panel.
     */
    public AwsDiagramImport readTerraform(Path file) {
        try {
            return TerraformDiagramImporter.importFile(file, titleOf(file), false);
        } catch (TfInputException | java.io.IOException e) {
            return new AwsDiagramImport(Diagram.EMPTY, List.of(new io.hopscope.check.Problem(io.hopscope.check.Severity.ERROR,
                    String.valueOf(file.getFileName()), String.valueOf(e.getMessage()), null,
                    e instanceof TfInputException tf ? tf.text()
                            : e instanceof io.hopscope.io.input.InputRefusedException r ? r.text() : null)));
        }
    }

    /** Reads the snapshot in {@code dir} for a re-import; the layout is merged when it is applied. */
    public AwsImport readReimport(Path dir) {
        return AwsImporter.importDirectory(dir);
    }

    /**
     * Opens the import as a new untitled document with unsaved changes (so Save asks for a name).
     * An import that found nothing leaves the open diagram alone.
     */
    public void applyImport(AwsDiagramImport result, Path dir) {
        importProblems.setAll(ImportProblem.of(dir, result.problems(), messages));
        if (result.isEmpty()) {
            document.setImportNotes(ImportProblem.asNotes(dir, result.problems()));
            notice(MessageFormat.format(messages.getString("share.import.nothing"), dir));
            return;
        }
        document.replace(Diagram.EMPTY, null);
        document.perform(new ImportDiagramEdit(result.diagram(), dir.getFileName().toString()));
        // After replace(), which clears the notes of whatever was open before.
        document.setImportNotes(ImportProblem.asNotes(dir, result.problems()));
        notice(MessageFormat.format(messages.getString("share.import.done"), result.summary(),
                result.problems().size()));
    }

    /** Replaces the network of the open diagram with the snapshot, keeping placed shapes; undoable. */
    public void applyReimport(AwsImport imported, Path dir) {
        importProblems.setAll(ImportProblem.of(dir, imported.problems(), messages));
        document.setImportNotes(ImportProblem.asNotes(dir, imported.problems()));
        if (imported.model().allResources().isEmpty()) {
            notice(MessageFormat.format(messages.getString("share.import.nothing"), dir));
            return;
        }
        document.perform(new ReimportEdit(imported.model(), dir.getFileName().toString()));
        notice(MessageFormat.format(messages.getString("share.reimport.done"), dir.getFileName(),
                imported.problems().size()));
    }

    /** Whether a re-import has something to merge into. */
    public boolean canReimport() {
        return !document.getDiagram().layout().shapes().isEmpty();
    }

    public void importFailed(Path dir, Throwable error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        importProblems.setAll(List.of(new ImportProblem(dir.toString(), "", reason)));
        document.setImportNotes(List.of(Problem.error(dir.toString(), reason)));
        status.set(MessageFormat.format(messages.getString("share.import.failed"), dir, reason));
    }

    /** The diagram a PNG export carries: all of it, or only the selected shapes and what lies inside them. */
    public Diagram exportedDiagram() {
        Diagram diagram = document.getDiagram();
        if (!cropsToSelection()) {
            return diagram;
        }
        return SelectionCrop.crop(diagram, document.getSelection());
    }

    /**
     * The picture an export draws: the canvas's picture of the open diagram (so an unplaced shape is
     * where the window shows it), cut to the selection when asked.
     */
    public DiagramPicture exportedPicture() {
        DiagramPicture picture = pictures.build(document.getDiagram());
        return cropsToSelection() ? picture.only(document.getSelection()) : picture;
    }

    /** The shown trace's path and verdicts, when one is shown and "include trace" is on. */
    public TraceOverlay exportedTrace() {
        return overlayOn(exportedPicture());
    }

    /** What an export writes: the exported picture with the exported trace on it. */
    public Drawing exportedDrawing() {
        DiagramPicture picture = exportedPicture();
        return DrawingBuilder.build(document.getDiagram(), picture, overlayOn(picture));
    }

    private TraceOverlay overlayOn(DiagramPicture picture) {
        Trace trace = shownTrace.get();
        if (!includeTrace.get() || trace == null) {
            return TraceOverlay.NONE;
        }
        return TraceOverlays.of(document.getDiagram().model(), picture, trace);
    }

    private boolean cropsToSelection() {
        return selectionOnly.get() && !document.getSelection().isEmpty();
    }

    /** PNG file bytes at {@code scale} with the diagram embedded, so the picture reopens as the diagram. */
    public byte[] pngBytes(double scale) {
        return PngExporter.export(exportedDrawing(), exportedDiagram(), scale);
    }

    public String svgText() {
        return SvgWriter.toSvg(exportedDrawing(), 1.0);
    }

    public void exportPng(Path file, double scale) throws IOException {
        AtomicFileWriter.write(file, pngBytes(scale));
        notice(MessageFormat.format(messages.getString("share.export.done"), file.getFileName()));
    }

    public void exportSvg(Path file) throws IOException {
        AtomicFileWriter.write(file, svgText().getBytes(StandardCharsets.UTF_8));
        notice(MessageFormat.format(messages.getString("share.export.done"), file.getFileName()));
    }

    public void exportFailed(Path file, Exception error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        status.set(MessageFormat.format(messages.getString("share.export.failed"), file.getFileName(), reason));
    }

    public boolean hasDiagram() {
        return !document.getDiagram().layout().shapes().isEmpty() || !document.getDiagram().layout().notes().isEmpty();
    }

    public boolean hasSelection() {
        return !document.getSelection().isEmpty();
    }

    public boolean hasTrace() {
        return shownTrace.get() != null;
    }

    public BooleanProperty selectionOnlyProperty() {
        return selectionOnly;
    }

    public BooleanProperty includeTraceProperty() {
        return includeTrace;
    }

    public ObjectProperty<Trace> shownTraceProperty() {
        return shownTrace;
    }

    public void setBusy(boolean value) {
        busy.set(value);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    void setStatus(String text) {
        status.set(text);
    }

    /** Sets the status and posts it to the window's notices: an import's or an export's outcome shows once it is over. */
    void notice(String text) {
        status.set(text);
        notices.forEach(n -> n.accept(text));
    }

    /** Who shows the outcomes of imports, exports and copies without stopping the user (the window's notifications). */
    public void onNotice(Consumer<String> listener) {
        notices.add(listener);
    }

    /** What the last import skipped or could not resolve; stays until the next import. */
    public ObservableList<ImportProblem> getImportProblems() {
        return importProblems;
    }

    public DiagramDocument document() {
        return document;
    }

    private static String titleOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        // Batfish-style samples keep the JSON in aws_configs/; the folder above names the network.
        if (name != null && name.toString().equals("aws_configs") && dir.toAbsolutePath().normalize().getParent() != null) {
            name = dir.toAbsolutePath().normalize().getParent().getFileName();
        }
        return name == null ? "AWS import" : name.toString();
    }
}
