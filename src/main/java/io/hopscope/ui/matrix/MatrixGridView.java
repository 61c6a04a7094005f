package io.hopscope.ui.matrix;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The heat map: one Canvas the size of the viewport that draws only the visible cells and labels
 * (a Canvas as large as a 1,000 x 1,000 grid would pass the 16,384 px texture limit), with scroll
 * bars. Rows are sources, columns destinations. The keyboard moves the focused cell (arrows,
 * Home/End, Page Up/Down) and Enter traces it; a click does the same; hovering shows the pair and
 * its verdict in a tooltip. Colours come from the CSS tokens through the legend's swatches.
 */
final class MatrixGridView extends Region {
    static final double CELL = 18;
    private static final double ROW_HEADER = 170;
    private static final double COLUMN_HEADER = 120;

    private final MatrixViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final Map<MatrixVerdict, Paint> colours = new EnumMap<>(MatrixVerdict.class);
    private Paint text = Color.BLACK;
    private Paint focus = Color.BLACK;

    MatrixGridView(MatrixViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("matrix-grid");
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        canvas.setFocusTraversable(true);
        canvas.getStyleClass().add("matrix-canvas");
        canvas.setAccessibleRole(AccessibleRole.TEXT);
        canvas.accessibleTextProperty().bind(viewModel.focusTextProperty());
        canvas.focusedProperty().addListener((obs, was, now) -> draw());
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tooltip);
        horizontal.valueProperty().addListener((obs, old, now) -> draw());
        vertical.valueProperty().addListener((obs, old, now) -> draw());
        viewModel.gridProperty().addListener((obs, old, now) -> {
            horizontal.setValue(0);
            vertical.setValue(0);
            requestLayout();
            draw();
        });
        viewModel.focusRowProperty().addListener((obs, old, now) -> reveal());
        viewModel.focusColumnProperty().addListener((obs, old, now) -> reveal());
        canvas.setOnKeyPressed(this::onKey);
        canvas.setOnMouseMoved(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            tooltip.setText(cell == null ? viewModel.statusProperty().get() : viewModel.cellText(cell[0], cell[1]));
        });
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            canvas.requestFocus();
            if (cell != null && e.getButton() == MouseButton.PRIMARY) {
                viewModel.focus(cell[0], cell[1]);
                viewModel.trace(cell[0], cell[1]);
            }
        });
        canvas.setOnScroll(e -> {
            ScrollBar bar = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? horizontal : vertical;
            double delta = bar == horizontal && !e.isShiftDown() ? e.getDeltaX() : e.getDeltaY();
            bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), bar.getValue() - delta)));
        });
    }

    /** The colour of each verdict, the labels' and the focus ring's, read from the styled legend. */
    void setPaints(Map<MatrixVerdict, Paint> verdicts, Paint labels, Paint focusRing) {
        colours.putAll(verdicts);
        text = labels;
        focus = focusRing;
        draw();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The cell {@code (row, column)} under canvas point x, y; null over the labels or past the grid. */
    int[] cellAt(double x, double y) {
        MatrixGrid g = viewModel.gridProperty().get();
        if (g == null || x < ROW_HEADER || y < COLUMN_HEADER) {
            return null;
        }
        int column = (int) ((x - ROW_HEADER + horizontal.getValue()) / CELL);
        int row = (int) ((y - COLUMN_HEADER + vertical.getValue()) / CELL);
        return row < g.rows() && column < g.columns() ? new int[] {row, column} : null;
    }

    /** Where the centre of a cell is on the canvas now (tests click there). */
    double[] centreOf(int row, int column) {
        return new double[] {ROW_HEADER + column * CELL - horizontal.getValue() + CELL / 2,
                COLUMN_HEADER + row * CELL - vertical.getValue() + CELL / 2};
    }

    private void onKey(KeyEvent e) {
        MatrixGrid g = viewModel.gridProperty().get();
        if (g == null) {
            return;
        }
        int page = Math.max(1, (int) ((canvas.getHeight() - COLUMN_HEADER) / CELL) - 1);
        switch (e.getCode()) {
            case UP, KP_UP -> viewModel.moveFocus(-1, 0);
            case DOWN, KP_DOWN -> viewModel.moveFocus(1, 0);
            case LEFT, KP_LEFT -> viewModel.moveFocus(0, -1);
            case RIGHT, KP_RIGHT -> viewModel.moveFocus(0, 1);
            case PAGE_UP -> viewModel.moveFocus(-page, 0);
            case PAGE_DOWN -> viewModel.moveFocus(page, 0);
            case HOME -> viewModel.moveFocus(e.isShortcutDown() ? -g.rows() : 0, -g.columns());
            case END -> viewModel.moveFocus(e.isShortcutDown() ? g.rows() : 0, g.columns());
            case ENTER, SPACE -> viewModel.traceFocused();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Scrolls the focused cell into view. */
    private void reveal() {
        double x = viewModel.focusColumnProperty().get() * CELL;
        double y = viewModel.focusRowProperty().get() * CELL;
        double w = canvas.getWidth() - ROW_HEADER;
        double h = canvas.getHeight() - COLUMN_HEADER;
        if (x < horizontal.getValue()) {
            horizontal.setValue(x);
        } else if (x + CELL > horizontal.getValue() + w) {
            horizontal.setValue(Math.min(horizontal.getMax(), x + CELL - w));
        }
        if (y < vertical.getValue()) {
            vertical.setValue(y);
        } else if (y + CELL > vertical.getValue() + h) {
            vertical.setValue(Math.min(vertical.getMax(), y + CELL - h));
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        horizontal.resizeRelocate(0, h, w, bar);
        vertical.resizeRelocate(w, 0, bar, h);
        MatrixGrid g = viewModel.gridProperty().get();
        double contentW = g == null ? 0 : g.columns() * CELL;
        double contentH = g == null ? 0 : g.rows() * CELL;
        scrollRange(horizontal, contentW, w - ROW_HEADER);
        scrollRange(vertical, contentH, h - COLUMN_HEADER);
        draw();
    }

    private static void scrollRange(ScrollBar bar, double content, double viewport) {
        double max = Math.max(0, content - Math.max(0, viewport));
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(Math.max(1, Math.min(content, viewport)));
        bar.setUnitIncrement(CELL);
        bar.setBlockIncrement(Math.max(CELL, viewport - CELL));
        bar.setValue(Math.min(bar.getValue(), max));
        bar.setDisable(max == 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        MatrixGrid g = viewModel.gridProperty().get();
        if (g == null) {
            return;
        }
        double dx = horizontal.getValue();
        double dy = vertical.getValue();
        int firstColumn = (int) (dx / CELL);
        int lastColumn = Math.min(g.columns() - 1, (int) ((dx + w - ROW_HEADER) / CELL));
        int firstRow = (int) (dy / CELL);
        int lastRow = Math.min(g.rows() - 1, (int) ((dy + h - COLUMN_HEADER) / CELL));
        gc.save();
        gc.beginPath();
        gc.rect(ROW_HEADER, COLUMN_HEADER, Math.max(0, w - ROW_HEADER), Math.max(0, h - COLUMN_HEADER));
        gc.clip();
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                gc.setFill(colours.getOrDefault(g.verdict(r, c), Color.GRAY));
                gc.fillRect(ROW_HEADER + c * CELL - dx + 1, COLUMN_HEADER + r * CELL - dy + 1, CELL - 2, CELL - 2);
            }
        }
        int fr = viewModel.focusRowProperty().get();
        int fc = viewModel.focusColumnProperty().get();
        if (fr < g.rows() && fc < g.columns()) {
            gc.setStroke(focus);
            gc.setLineWidth(canvas.isFocused() ? 2.5 : 1.5);
            gc.strokeRect(ROW_HEADER + fc * CELL - dx + 0.5, COLUMN_HEADER + fr * CELL - dy + 0.5, CELL - 1, CELL - 1);
        }
        gc.restore();
        drawLabels(gc, g, firstRow, lastRow, firstColumn, lastColumn, dx, dy, fr, fc);
    }

    private void drawLabels(GraphicsContext gc, MatrixGrid g, int firstRow, int lastRow, int firstColumn, int lastColumn,
                            double dx, double dy, int fr, int fc) {
        gc.setFill(text);
        gc.setFont(Font.font(11));
        gc.setTextBaseline(VPos.CENTER);
        gc.save();
        gc.beginPath();
        gc.rect(0, COLUMN_HEADER, ROW_HEADER, Math.max(0, canvas.getHeight() - COLUMN_HEADER));
        gc.clip();
        gc.setTextAlign(TextAlignment.RIGHT);
        for (int r = firstRow; r <= lastRow; r++) {
            gc.setFont(Font.font(null, r == fr ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 11));
            gc.fillText(g.source(r).name(), ROW_HEADER - 6, COLUMN_HEADER + r * CELL - dy + CELL / 2, ROW_HEADER - 10);
        }
        gc.restore();
        gc.save();
        gc.beginPath();
        gc.rect(ROW_HEADER, 0, Math.max(0, canvas.getWidth() - ROW_HEADER), COLUMN_HEADER);
        gc.clip();
        gc.setTextAlign(TextAlignment.LEFT);
        for (int c = firstColumn; c <= lastColumn; c++) {
            gc.save();
            gc.translate(ROW_HEADER + c * CELL - dx + CELL / 2, COLUMN_HEADER - 6);
            gc.rotate(-60);
            gc.setFont(Font.font(null, c == fc ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 11));
            gc.fillText(g.target(c).name(), 0, 0, COLUMN_HEADER * 1.1);
            gc.restore();
        }
        gc.restore();
    }
}
