package io.hopscope.lab;

import io.hopscope.diagram.Diagram;

/**
 * A lab file: the lab, the diagram as it is now, and the start it was opened from. A shipped lab
 * is its own start; a saved attempt carries its start (at {@code $.lab.start}), so it can be graded
 * and reset anywhere, without the shipped file.
 */
public record LabFile(Lab lab, Diagram diagram, Diagram start) {

    public LabFile {
        start = start == null ? diagram : start;
    }

    /** The lab as shipped: the diagram is the start. */
    public static LabFile shipped(Lab lab, Diagram start) {
        return new LabFile(lab, start, start);
    }

    public LabFile withDiagram(Diagram now) {
        return new LabFile(lab, now, start);
    }

    /** Whether the diagram differs from the start (what a saved attempt must carry). */
    public boolean changed() {
        return !diagram.model().equals(start.model()) || !diagram.layout().equals(start.layout());
    }
}
