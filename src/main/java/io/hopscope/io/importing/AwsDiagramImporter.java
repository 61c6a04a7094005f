package io.hopscope.io.importing;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.autolayout.AutoLayout;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import java.nio.file.Path;

/**
 * AWS describe-* JSON onto a diagram: the import of {@link AwsImporter} laid out by
 * {@link AutoLayout}. The CLI's {@code import} and the app's import and re-import actions share
 * this, so both give the same picture.
 */
public final class AwsDiagramImporter {

    private AwsDiagramImporter() {
    }

    /** A new diagram of the network in {@code dir}, automatically laid out. */
    public static AwsDiagramImport importDirectory(Path dir, String title) {
        AwsImport imported = AwsImporter.importDirectory(dir);
        Diagram diagram = new Diagram(title, "", imported.model(), AutoLayout.layout(imported.model()));
        return new AwsDiagramImport(diagram, imported.problems(), imported.refusals());
    }

    /**
     * Re-import into an existing diagram: the network is replaced by the one in {@code dir}, the
     * shapes a person placed stay, new resources are fitted in; title, description and notes stay.
     */
    public static AwsDiagramImport reimport(Diagram existing, Path dir) {
        AwsImport imported = AwsImporter.importDirectory(dir);
        Layout merged = AutoLayout.merge(imported.model(), existing.layout());
        return new AwsDiagramImport(existing.withModel(imported.model()).withLayout(merged), imported.problems(),
                imported.refusals());
    }
}
