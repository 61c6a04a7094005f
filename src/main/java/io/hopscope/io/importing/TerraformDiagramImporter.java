package io.hopscope.io.importing;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.autolayout.AutoLayout;
import io.hopscope.io.terraform.TerraformImport;
import io.hopscope.io.terraform.TerraformImporter;
import io.hopscope.io.terraform.TfInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Terraform plan or state onto a diagram, laid out like an AWS import; the CLI's {@code import}
 * and the app's File > Import > Terraform plan/state share it. The model keeps its placeholders and
 * unknown rule sets, so the saved diagram traces as the plan does.
 */
public final class TerraformDiagramImporter {

    private TerraformDiagramImporter() {
    }

    /** A new laid-out diagram of the plan's planned values (or prior state with {@code before}). */
    public static AwsDiagramImport importFile(Path file, String title, boolean before) throws IOException, TfInputException {
        TerraformImport t = TerraformImporter.importFile(file, before);
        String description = (t.plan() ? (before ? "The network before the Terraform plan " : "The network the Terraform plan ")
                + file.getFileName() + (before ? " changes" : " will build") : "The network of the Terraform state " + file.getFileName())
                + (t.model().unknowns().isEmpty() ? "." : "; values known only after apply are placeholders.");
        Diagram diagram = new Diagram(title, description, t.model(), AutoLayout.layout(t.model()));
        return new AwsDiagramImport(diagram, t.problems());
    }

    /** Re-import into an existing diagram, keeping the shapes a person placed. */
    public static AwsDiagramImport reimport(Diagram existing, Path file) throws IOException, TfInputException {
        TerraformImport t = TerraformImporter.importFile(file, false);
        Layout merged = AutoLayout.merge(t.model(), existing.layout());
        return new AwsDiagramImport(existing.withModel(t.model()).withLayout(merged), t.problems());
    }
}
