package io.hopscope.cli;

import io.hopscope.check.Problem;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.io.importing.TerraformDiagramImporter;
import io.hopscope.io.terraform.TerraformFiles;
import io.hopscope.io.terraform.TfInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code hopscope import DIR -o FILE [--title T]}: imports a folder of AWS CLI describe-* JSON,
 * lays the network out and saves it as a diagram (atomically). Everything skipped or unresolved is
 * one line on stderr; one summary line goes to stdout.
 */
public final class ImportCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "import",
            "Import a folder of AWS CLI describe-* JSON outputs (Region sub-folders",
            "included), or a Terraform plan or state ('terraform show -json'), onto a",
            "new diagram with an automatic layout, and save it.",
            "What was skipped or could not be resolved goes to stderr, one line",
            "each (FILE: $.json.path: severity: reason); a summary line",
            "(\"imported 3 VPCs, 12 subnets, ... -> FILE\") goes to stdout.");

    private final PositionalParamSpec dirParameter = CommandSpecs.file(spec, "DIR|TFJSON",
            "folder of describe-*.json files, or the JSON of 'terraform show -json' (a plan or a state)");

    private final OptionSpec outputOption = CommandSpecs.add(spec, OptionSpec.builder("-o", "--output").type(Path.class)
            .paramLabel("FILE").description("the diagram file to write (*.hopscope.json)").required(true));

    private final OptionSpec titleOption = CommandSpecs.add(spec, CommandSpecs.valued("--title", String.class, "T",
            "diagram title (default: the folder's name)"));

    private final OptionSpec beforeFlag = CommandSpecs.flag(spec, "--before",
            "for a Terraform plan: import its prior state instead of its planned values");

    ImportCommand() {
        CommandSpecs.exitCodes(spec, "0:the diagram was written (there may be warnings)",
                "2:the folder is missing, holds no VPC, a file in it is refused (not a regular file, over a limit,"
                        + " unreadable), or FILE cannot be written; nothing is written then");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = dirParameter.getValue();
        Path output = outputOption.getValue();
        String title = titleOption.getValue();
        boolean before = CommandSpecs.given(beforeFlag);
        try {
            boolean terraform = Files.isRegularFile(dir) && TerraformFiles.looksLikeTerraform(dir);
            if (!terraform && before) {
                return fail(err, dir + ": --before needs a Terraform plan");
            }
            if (!terraform && !Files.isDirectory(dir)) {
                return fail(err, dir + ": " + (Files.exists(dir) ? "neither a folder of describe-* JSON nor the JSON of"
                        + " 'terraform show -json'" : "no such directory"));
            }
            String unwritable = CliFiles.whyUnwritable(output);
            if (unwritable != null) {
                return fail(err, output + ": " + unwritable);
            }
            String name = dir.toAbsolutePath().normalize().getFileName() == null ? ""
                    : dir.toAbsolutePath().normalize().getFileName().toString();
            AwsDiagramImport result;
            if (terraform) {
                try {
                    result = TerraformDiagramImporter.importFile(dir, title == null ? name : title, before);
                } catch (TfInputException | IOException e) {
                    return fail(err, dir + ": " + e.getMessage());
                }
            } else {
                result = AwsDiagramImporter.importDirectory(dir, title == null ? name : title);
            }
            ProblemLines.print(err, result.problems(), p -> ProblemLines.line(null, p, true), "");
            if (!result.refusals().isEmpty()) {
                // A refused file or folder leaves the snapshot incomplete: no diagram is written.
                return fail(err, dir + ": not imported: " + result.refusals().get(0));
            }
            if (result.diagram().model().vpcs().isEmpty()) {
                long errors = result.problems().stream().filter(Problem::isError).count();
                String above = " (" + errors + (errors == 1 ? " error" : " errors") + " above)";
                if (result.isEmpty()) {
                    return fail(err, dir + (errors == 0 ? ": no AWS describe-* JSON found (nothing to import)"
                            : ": nothing could be imported" + above));
                }
                return fail(err, dir + ": no VPC could be imported" + (errors == 0 ? " (no describe-vpcs output)" : above));
            }
            try {
                DiagramWriter.save(result.diagram(), output);
            } catch (IOException e) {
                return fail(err, output + ": cannot write: " + e.getMessage());
            }
            out.println("imported " + result.summary() + " -> " + output);
            return HopscopeCommand.EXIT_OK;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        return HopscopeCommand.EXIT_INPUT_ERROR;
    }

}
