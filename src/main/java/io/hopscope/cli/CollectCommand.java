package io.hopscope.cli;

import io.hopscope.io.collect.AwsCollector;
import io.hopscope.io.collect.AwsSdk;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hopscope collect -o DIR --region R ...}: reads a live account with read-only describe calls
 * and writes the describe-* JSON that {@code trace} and {@code import} read; {@code --print-policy}
 * prints the IAM policy it needs. Progress goes to stderr, one line per call and page.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Read a live AWS account (read-only describe calls, the SDK's default credentials chain)",
            "and write the describe-* JSON files that trace and import read: one folder per Region",
            "(and per profile when several are given). Nothing leaves the machine but those calls."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:everything was read", "2:a usage error, no credentials, an unknown Region, or a call was denied"
            + " (the rest is written; the missing IAM actions are named)"})
public final class CollectCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "folder to write (created when missing)")
    Path output;

    @Option(names = "--region", paramLabel = "R", description = "a Region to read; repeat for several (default: AWS_REGION)")
    List<String> regions = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "a named profile; repeat for several accounts")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "send every call to this endpoint (tests, proxies)")
    String endpointUrl;

    @Option(names = "--print-policy", description = "print the minimal read-only IAM policy collect needs, and exit")
    boolean printPolicy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (printPolicy) {
                out.print(CollectCalls.policy());
                return HopscopeCommand.EXIT_OK;
            }
            if (!AwsSdk.present()) {
                return fail(err, "the AWS SDK is not found: collect needs " + AwsSdk.expectedAt()
                        + " (mvn package builds it beside hopscope.jar; copy the lib folder with the jar)");
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
