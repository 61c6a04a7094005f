package io.hopscope.cli;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.input.InputRefusedException;
import io.hopscope.io.terraform.TerraformFiles;
import io.hopscope.io.terraform.TerraformImport;
import io.hopscope.io.terraform.TerraformImporter;
import io.hopscope.io.terraform.TfInputException;
import io.hopscope.model.NetworkModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the MODEL argument of every command that reads a network: a Hopscope diagram file (or PNG)
 * through the diagram reader, a directory of AWS describe-* JSON through the AWS importer, or the
 * JSON of {@code terraform show -json} (told by its content) through the Terraform importer.
 * Failures are reported as one line naming the file and field at fault.
 */
final class ModelFiles {
    /** A load failure; the message is the stderr line. */
    static final class LoadException extends Exception {
        private static final long serialVersionUID = 1L;

        LoadException(String message) {
            super(message);
        }
    }

    private ModelFiles() {
    }

    static NetworkModel load(Path path) throws LoadException {
        return load(path, false);
    }

    /** As {@link #load(Path)}; {@code before} reads a Terraform plan's prior state instead of its planned values. */
    static NetworkModel load(Path path, boolean before) throws LoadException {
        if (Files.isRegularFile(path) && TerraformFiles.looksLikeTerraform(path)) {
            return usable(path, terraform(path, before).model());
        }
        if (before) {
            throw new LoadException(path + ": --before needs a Terraform plan (the JSON of 'terraform show -json PLANFILE')");
        }
        if (!Files.exists(path)) {
            throw new LoadException(path + ": " + (Files.isSymbolicLink(path) ? "is a broken symbolic link or a link loop"
                    : "no such file or directory"));
        }
        if (Files.isDirectory(path)) {
            AwsImport result = AwsImporter.importDirectory(path);
            if (result.refused()) {
                throw new LoadException(path + ": " + result.refusals().get(0));
            }
            if (result.model() == null || result.model().vpcs().isEmpty()) {
                throw new LoadException(path + ": " + firstError(result.problems(), "no AWS describe-* JSON with VPCs found"));
            }
            return usable(path, result);
        }
        // A diagram whose model breaks a model-level rule is still traced: the trace shows the consequence.
        DiagramLoad load = DiagramReader.read(path);
        if (load.diagram() == null) {
            throw new LoadException(path + ": " + firstError(load.problems(), "not a Hopscope diagram"));
        }
        return usable(path, load.diagram().model());
    }

    /** A Terraform plan or state as a model, refused (exit 2) when unreadable, malformed or without a VPC. */
    static TerraformImport terraform(Path path, boolean before) throws LoadException {
        TerraformImport t;
        try {
            t = TerraformImporter.importFile(path, before);
        } catch (TfInputException | InputRefusedException e) {
            throw new LoadException(path + ": " + e.getMessage());
        } catch (IOException e) {
            throw new LoadException(path + ": cannot read: " + e.getMessage());
        }
        if (t.model().vpcs().isEmpty()) {
            throw new LoadException(path + ": " + firstError(t.problems(), before
                    ? "the plan's prior state has no VPC (the change creates the network)"
                    : "no VPC in the " + (t.plan() ? "plan's planned values" : "state") + " (nothing to trace)"));
        }
        return t;
    }

    /** A duplicate id or a reference to nothing leaves no consistent path to trace or draw: an input error. */
    static NetworkModel usable(Path path, NetworkModel model) throws LoadException {
        List<Problem> broken = ModelValidator.referenceErrors(model);
        if (!broken.isEmpty()) {
            throw new LoadException(path + ": " + broken.get(0)
                    + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more; see 'hopscope validate')" : ""));
        }
        return model;
    }

    /** An AWS import's model; its references are checked again only when the import's own check found an error. */
    static NetworkModel usable(Path path, AwsImport result) throws LoadException {
        return result.validated() ? result.model() : usable(path, result.model());
    }

    private static String firstError(List<Problem> problems, String fallback) {
        for (Problem p : problems) {
            if (p.isError()) {
                return p.toString();
            }
        }
        return fallback;
    }
}
