package io.hopscope.cli;

import io.hopscope.io.CompanionJar;
import io.hopscope.io.collect.AwsCollector;
import io.hopscope.io.collect.CollectCalls;
import io.hopscope.io.collect.CollectException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code hopscope collect -o DIR --region R ...}: reads a live account with read-only describe calls
 * and writes the describe-* JSON that {@code trace} and {@code import} read; {@code --print-policy}
 * prints the IAM policy it needs. Progress goes to stderr, one line per call and page.
 */
public final class CollectCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "collect",
            "Read a live AWS account (read-only describe calls, the SDK's default credentials chain)",
            "and write the describe-* JSON files that trace and import read: one folder per Region",
            "(and per profile when several are given). Nothing leaves the machine but those calls.");

    private final OptionSpec outputOption = CommandSpecs.add(spec, OptionSpec.builder("-o", "--output").type(Path.class)
            .paramLabel("DIR").description("folder to write (created when missing)"));

    private final OptionSpec regionsOption = CommandSpecs.add(spec, repeated("--region", "R",
            "a Region to read; repeat for several (default: AWS_REGION)"));

    private final OptionSpec profilesOption = CommandSpecs.add(spec, repeated("--profile", "NAME",
            "a named profile; repeat for several accounts"));

    private final OptionSpec endpointUrlOption = CommandSpecs.add(spec, CommandSpecs.valued("--endpoint-url", String.class,
            "URL", "send every call to this endpoint (tests, proxies)"));

    private final OptionSpec printPolicyFlag = CommandSpecs.flag(spec, "--print-policy",
            "print the minimal read-only IAM policy collect needs, and exit");

    CollectCommand() {
        CommandSpecs.exitCodes(spec, "0:everything was read", "2:a usage error, no credentials, an unknown Region, or a call"
                + " was denied (the rest is written; the missing IAM actions are named)");
    }

    CommandSpec spec() {
        return spec;
    }

    /** An option given once per value, none by default. */
    private static OptionSpec.Builder repeated(String name, String label, String description) {
        return CommandSpecs.valued(name, List.class, label, description).auxiliaryTypes(String.class)
                .initialValue(new ArrayList<String>());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path output = outputOption.getValue();
        List<String> regions = regionsOption.getValue();
        List<String> profiles = profilesOption.getValue();
        String endpointUrl = endpointUrlOption.getValue();
        try {
            if (CommandSpecs.given(printPolicyFlag)) {
                out.print(CollectCalls.policy());
                return HopscopeCommand.EXIT_OK;
            }
            if (!CompanionJar.AWS_SDK.present()) {
                return fail(err, "the AWS SDK is not found: collect needs " + CompanionJar.AWS_SDK.whereAndHow());
            }
            if (output == null) {
                return fail(err, "-o DIR is required (the folder to write the describe-* files into)");
            }
            if (Files.exists(output) && !Files.isDirectory(output)) {
                return fail(err, output + ": is a file, not a folder");
            }
            List<String> r = new ArrayList<>(regions);
            if (r.isEmpty()) {
                String env = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
                if (env == null) {
                    return fail(err, "no Region: give --region (repeat it for several) or set AWS_REGION");
                }
                r.add(env);
            }
            URI endpoint = null;
            if (endpointUrl != null) {
                try {
                    endpoint = new URI(endpointUrl);
                } catch (URISyntaxException e) {
                    return fail(err, "--endpoint-url: " + e.getMessage());
                }
            }
            AwsCollector.Result res = AwsCollector.collect(new AwsCollector.Options(output, r, profiles, endpoint),
                    line -> {
                        err.println("collect: " + line);
                        err.flush();
                    }, () -> false);
            out.println("collected " + res.records() + " records in " + res.files() + " files -> " + output);
            if (!res.denied().isEmpty()) {
                return fail(err, "incomplete: access denied for " + String.join(", ", res.denied())
                        + "; add them to the IAM policy ('hopscope collect --print-policy')");
            }
            return HopscopeCommand.EXIT_OK;
        } catch (CollectException e) {
            return fail(err, e.getMessage());
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
