/**
 * The trace explorer: ask "can this reach that?", then step through the request and its
 * reply hop by hop, on a keyboard-navigable table and on the canvas.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>No semantics here.</b> Verdicts, hops, deciding rules, explanations, blockers and fixes
 *       all come from {@link io.hopscope.engine.walk.Tracer}; this package only arranges and words them.
 *       Export reuses the CLI's writers, so the GUI and {@code hopscope trace} never disagree.</li>
 *   <li><b>Live re-trace.</b> While a trace is shown, every change of the document's diagram
 *       (an edit anywhere, an applied fix, undo, redo) re-runs it; the engine builds its indexes
 *       once per model, so this costs milliseconds on the samples. Opening another file clears it.</li>
 *   <li><b>Where a hop is drawn.</b> Filters and tables have no box of their own: a security
 *       group hop is shown on the workload whose interface it guards (SGs are badges, not areas),
 *       a NACL or route table hop on the subnet the packet leaves or enters, found by the packet's
 *       address because one ACL can serve several subnets ({@link io.hopscope.export.HopShapes}).
 *       The canvas only gets ids and legs ({@code DiagramCanvasView.showTraceOverlay}).</li>
 *   <li><b>Kept traces are explicit.</b> The file format keeps trace questions with the diagram.
 *       Recording every trace automatically would make each trace an edit (dirty document, undo
 *       steps the user did not make, since every change goes through the one history), so a trace
 *       is kept with "Keep in diagram" (one undoable edit) and re-run from "Kept traces".</li>
 *   <li><b>Accessibility.</b> The canvas is invisible to screen readers, so the table is the
 *       primary view: rows are focusable, the current hop is the selected row, Left/Right/Home/End
 *       step and Space plays; pass/drop is a mark and a word, never only a colour.</li>
 * </ul>
 */
package io.hopscope.ui.trace;
