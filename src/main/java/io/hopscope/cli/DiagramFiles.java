package io.hopscope.cli;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.io.importing.TerraformDiagramImporter;
import io.hopscope.io.terraform.TerraformFiles;
import io.hopscope.io.terraform.TfInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The FILE of {@code validate} and {@code render}: a diagram file (or PNG), or the JSON of
 * {@code terraform show -json}, laid out as {@code import} would and validated. A Terraform file's
 * problems already name the file ({@code withFile}).
 */
final class DiagramFiles {

    record Read(DiagramLoad load, boolean withFile) {
    }

    private DiagramFiles() {
    }

    static Read read(Path file) {
        if (!TerraformFiles.looksLikeTerraform(file)) {
            return new Read(DiagramReader.read(file), false);
        }
        try {
            AwsDiagramImport imported = TerraformDiagramImporter.importFile(file, String.valueOf(file.getFileName()), false);
            List<Problem> problems = new ArrayList<>(imported.problems());
            if (imported.diagram().model().vpcs().isEmpty()) {
                problems.add(Problem.error(file + ": $", "no VPC in the plan or state (nothing to draw or trace)"));
            }
            for (Problem p : ModelValidator.validate(imported.diagram().model())) {
                problems.add(new Problem(p.severity(), file + ": " + p.location(), p.message(), p.resourceId()));
            }
            return new Read(new DiagramLoad(imported.diagram(), problems), true);
        } catch (TfInputException e) {
            return new Read(new DiagramLoad(null, List.of(Problem.error("", e.getMessage()))), false);
        } catch (IOException e) {
            return new Read(new DiagramLoad(null, List.of(Problem.error("", "cannot read: " + e.getMessage()))), false);
        }
    }
}
