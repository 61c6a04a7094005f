package io.hopscope.ui.inspector;

import io.hopscope.model.Target;

/** One registered target: its id, its name when it is an instance of the diagram, its port and zone. */
public record TargetRow(Target target, String name, String port, String zone) {
}
