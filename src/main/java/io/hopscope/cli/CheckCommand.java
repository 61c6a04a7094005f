package io.hopscope.cli;

import io.hopscope.io.policy.PolicyException;
import io.hopscope.io.policy.PolicyReader;
import io.hopscope.io.reach.CheckReportWriter;
import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.Policy;
import io.hopscope.reach.ReachAssertions;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.SelectorException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hopscope check MODEL --policy FILE}: policy as code for CI. Exit 0 when every assertion
 * holds, 1 when one fails (each with one concrete counterexample), 2 for a usage or input error (a
 * bad policy names its file, line and column; a selector that matches nothing names the assertion).
 */
public final class CheckCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;

    private final CommandSpec spec = CommandSpecs.command(this, "check",
            "Check reachability assertions (YAML or JSON policy) against a model; exit 1 when one fails.");

    private final PositionalParamSpec modelParameter = CommandSpecs.file(spec, "MODEL",
            "A Hopscope diagram file, a directory of AWS describe-* JSON or the JSON of 'terraform show -json'.");

    private final OptionSpec policyOption = CommandSpecs.add(spec, CommandSpecs.valued("--policy", Path.class, "FILE",
            "The policy file (YAML or JSON).").required(true));

    private final OptionSpec formatOption = CommandSpecs.add(spec, CommandSpecs.valued("--format", String.class,
            "text|json|junit|sarif", "Report format.").defaultValue("text"));

    private final OptionSpec diffFlag = CommandSpecs.flag(spec, "--diff",
            "MODEL is a Terraform plan: check its prior state and its planned values and"
                    + " report the flows whose verdict the change alters.");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path model = modelParameter.getValue();
        Path policy = policyOption.getValue();
        String format = formatOption.getValue();
        try {
            ReachOptions.format(format, "text", "json", "junit", "sarif");
            Policy p = PolicyReader.read(policy);
            if (CommandSpecs.given(diffFlag)) {
                return CheckDiffRun.run(model, policy, p, format, out, err);
            }
            SelectableModel m = SelectableModel.load(model);
            ReachAssertions evaluator = new ReachAssertions(new ReachEngine(m.model()), m.tags());
            List<AssertionResult> results = new ArrayList<>();
            for (var a : p.assertions()) {
                try {
                    results.add(evaluator.evaluate(a));
                } catch (SelectorException e) {
                    return ExposureCommand.fail(err, policy + (a.at() == null ? "" : ":" + a.at()) + ": assertion '"
                            + a.name() + "': " + e.getMessage());
                }
            }
            out.print(switch (format) {
                case "json" -> CheckReportWriter.json(p, results);
                case "junit" -> CheckReportWriter.junit(p, results);
                case "sarif" -> CheckReportWriter.sarif(p, results);
                default -> CheckReportWriter.text(p, results);
            });
            out.flush();
            return results.stream().allMatch(AssertionResult::holds) ? HopscopeCommand.EXIT_OK : EXIT_FAILED;
        } catch (PolicyException e) {
            return ExposureCommand.fail(err, e.getMessage());
        } catch (ReachOptions.UsageException | IllegalArgumentException | IllegalStateException e) {
            return ExposureCommand.fail(err, e.getMessage());
        } catch (ModelFiles.LoadException e) {
            return ExposureCommand.fail(err, e.getMessage());
        }
    }
}
