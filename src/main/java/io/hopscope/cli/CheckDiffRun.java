package io.hopscope.cli;

import io.hopscope.io.input.InputRefusedException;
import io.hopscope.io.reach.CheckDiffWriter;
import io.hopscope.io.terraform.TerraformChange;
import io.hopscope.io.terraform.TerraformFiles;
import io.hopscope.io.terraform.TerraformImporter;
import io.hopscope.io.terraform.TfInputException;
import io.hopscope.reach.AssertionChange;
import io.hopscope.reach.ChangeDiff;
import io.hopscope.reach.Policy;
import io.hopscope.reach.SelectorException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --diff PLAN}: the policy on a plan's prior state and on its planned values. The exit
 * code is {@code check}'s on the planned values (0 every assertion holds after the change, 1 one
 * fails, 2 input error), so the same CI gate works with or without {@code --diff}; the report adds
 * what the change opens and closes. An empty prior state (a plan that creates the network) is
 * compared as "absent": every connection it makes is opened.
 */
final class CheckDiffRun {
    private CheckDiffRun() {
    }

    static int run(Path model, Path policyFile, Policy p, String format, PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(model) || !TerraformFiles.looksLikeTerraform(model)) {
            return ExposureCommand.fail(err, model + ": --diff needs a Terraform plan (the JSON of 'terraform show -json PLANFILE')");
        }
        TerraformChange change;
        try {
            change = TerraformImporter.importChange(model);
            ModelFiles.usable(model, change.before().model());
            ModelFiles.usable(model, change.after().model());
        } catch (TfInputException | InputRefusedException e) {
            return ExposureCommand.fail(err, model + ": " + e.getMessage());
        } catch (IOException e) {
            return ExposureCommand.fail(err, model + ": cannot read: " + e.getMessage());
        } catch (ModelFiles.LoadException e) {
            return ExposureCommand.fail(err, e.getMessage());
        }
        if (change.after().model().vpcs().isEmpty()) {
            return ExposureCommand.fail(err, model + ": no VPC in the plan's planned values (nothing to check)");
        }
        ChangeDiff diff = new ChangeDiff(change.before().model(), change.before().tags(), change.after().model(),
                change.after().tags());
        List<AssertionChange> changes = new ArrayList<>();
        for (var a : p.assertions()) {
            try {
                changes.add(diff.evaluate(a));
            } catch (SelectorException e) {
                return ExposureCommand.fail(err, policyFile + (a.at() == null ? "" : ":" + a.at()) + ": assertion '"
                        + a.name() + "': " + e.getMessage());
            }
        }
        String name = model.toString();
        out.print(switch (format) {
            case "json" -> CheckDiffWriter.json(name, p, changes);
            case "junit" -> CheckDiffWriter.junit(name, p, changes);
            case "sarif" -> CheckDiffWriter.sarif(name, p, changes);
            default -> CheckDiffWriter.text(name, p, changes);
        });
        out.flush();
        return changes.stream().allMatch(c -> c.after().holds()) ? HopscopeCommand.EXIT_OK : CheckCommand.EXIT_FAILED;
    }
}
