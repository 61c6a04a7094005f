package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.Diagram;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the canvas shows and at what zoom. The picture is rebuilt whenever the diagram changes;
 * zoom is a plain scale factor kept between {@link #MIN_SCALE} and {@link #MAX_SCALE}.
 */
public final class DiagramCanvasViewModel {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4.0;
    /** Each Ctrl+wheel notch or zoom command multiplies or divides the scale by this. */
    public static final double ZOOM_STEP = 1.2;
    /** Space kept around the picture, in canvas units, so shapes on the edge are not cut. */
    public static final double MARGIN = 40;

    private final DiagramPictureBuilder builder;
    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram", Diagram.EMPTY);
    private final ReadOnlyObjectWrapper<DiagramPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture", DiagramPicture.EMPTY);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);
    private final StringBinding zoomText;

    private final java.util.Locale locale;

    /** The UI's language, for the sentences the editor says in the status bar. */
    public java.util.Locale locale() {
        return locale;
    }

    public DiagramCanvasViewModel(ResourceBundle messages) {
        this.locale = messages.getLocale();
        this.builder = new DiagramPictureBuilder(messages);
        diagram.addListener((obs, old, now) -> picture.set(now == null ? DiagramPicture.EMPTY : builder.build(now)));
        zoomText = Bindings.createStringBinding(() -> Math.round(scale.get() * 100) + " %", scale);
    }

    public ObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    public void setDiagram(Diagram value) {
        diagram.set(value);
    }

    public ReadOnlyObjectProperty<DiagramPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public DiagramPicture getPicture() {
        return picture.get();
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    public double getScale() {
        return scale.get();
    }

    public StringBinding zoomTextBinding() {
        return zoomText;
    }

    public void setScale(double value) {
        scale.set(clamp(value));
    }

    public void zoomIn() {
        setScale(getScale() * ZOOM_STEP);
    }

    public void zoomOut() {
        setScale(getScale() / ZOOM_STEP);
    }

    public void resetZoom() {
        setScale(1.0);
    }

    /** The width and height of the picture with its margins, unscaled. */
    public double contentWidth() {
        return getPicture().bounds().width() + 2 * MARGIN;
    }

    public double contentHeight() {
        return getPicture().bounds().height() + 2 * MARGIN;
    }

    /**
     * Scales so the whole picture fits a viewport of this size. An empty diagram, or a viewport not
     * laid out yet, leaves the scale alone.
     */
    public void fitTo(double viewportWidth, double viewportHeight) {
        if (getPicture().isEmpty() || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        // One pixel to spare, so rounding never makes the content a hair too big and brings up scroll bars.
        setScale(Math.min((viewportWidth - 1) / contentWidth(), (viewportHeight - 1) / contentHeight()));
    }

    /** Like {@link #fitTo} but never enlarges past 100 %: what a freshly opened diagram gets. */
    public void fitToAtMostActualSize(double viewportWidth, double viewportHeight) {
        fitTo(viewportWidth, viewportHeight);
        if (getScale() > 1.0) {
            resetZoom();
        }
    }

    private static double clamp(double value) {
        if (!Double.isFinite(value)) {
            return 1.0;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
