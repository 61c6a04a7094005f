package io.hopscope.cli;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.trace.TraceJsonWriter;
import io.hopscope.io.trace.TraceTextWriter;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.io.trace.PlaceholderNotes;
import io.hopscope.model.PlanUnknowns;
import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hopscope trace MODEL --from REF --to REF ...}: the request and its reply hop by hop, per
 * the CLI contract. Exit 0 whatever the verdict; 2 with one stderr line for a bad file, field or
 * reference.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace a packet and its reply hop by hop through an AWS network.")
public final class TraceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A Hopscope diagram file, a directory of AWS describe-* JSON, or terraform show -json output.")
    Path model;

    @Option(names = "--from", required = true, paramLabel = "REF",
            description = "Source: resource id, RDS DB identifier, Name tag, service (s3, dynamodb) or IP address.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "REF", description = "Destination, same forms as --from.")
    String to;

    @Option(names = "--protocol", paramLabel = "PROTO", description = "tcp (default), udp, icmp, icmpv6 or an IANA number.")
    String protocol;

    @Option(names = "--port", paramLabel = "N", description = "Destination port (tcp/udp).")
    Integer port;

    @Option(names = "--source-port", paramLabel = "N", description = "The client's ephemeral port; default from its client profile.")
    Integer sourcePort;

    @Option(names = "--client-profile", paramLabel = "PROFILE",
            description = "linux, windows, any, nat, elb or lambda: the client's source-port range (default from the data).")
    String clientProfile;

    @Option(names = "--icmp-type", paramLabel = "N", description = "ICMP type (default 8, echo request).")
    Integer icmpType;

    @Option(names = "--icmp-code", paramLabel = "N", description = "ICMP code (default 0).")
    Integer icmpCode;

    @Option(names = "--source-ip", paramLabel = "IP", description = "Pin the source address.")
    String sourceIp;

    @Option(names = "--destination-ip", paramLabel = "IP", description = "Pin the destination address (a public IP of the target: addressed to it).")
    String destinationIp;

    @Option(names = "--ip-version", paramLabel = "4|6", description = "IP version when the references leave it open.")
    Integer ipVersion;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default text).")
    String format;

    @Option(names = "--before", description = "For a Terraform plan: trace its prior state (the network before the change).")
    boolean before;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!format.equals("text") && !format.equals("json")) {
                throw new TraceQueryException("--format must be text or json, not '" + format + "'");
            }
            TraceQuery query = new TraceQuery(from, to, parseProtocol(), port, sourcePort, icmpType, icmpCode,
                    address(sourceIp, "--source-ip"), address(destinationIp, "--destination-ip"), ipVersion,
                    profile());
            NetworkModel m = ModelFiles.load(model, before);
            Tracer tracer = new Tracer(m);
            Trace trace = tracer.trace(query);
            List<PlanUnknowns.Placeholder> placeholders = PlaceholderNotes.of(trace, m);
            if (format.equals("json")) {
                ObjectNode json = TraceJsonWriter.toJson(trace);
                if (!m.unknowns().isEmpty()) {
                    PlaceholderNotes.json(json, placeholders);
                }
                out.print(JSON.writeValueAsString(json) + System.lineSeparator());
            } else {
                out.print(TraceTextWriter.write(trace, tracer.portRangeFixes(trace)) + PlaceholderNotes.text(placeholders));
            }
            out.flush();
            return HopscopeCommand.EXIT_OK;
        } catch (TraceQueryException e) {
            err.println("error: " + QueryFlags.message(e));
            err.flush();
            return HopscopeCommand.EXIT_INPUT_ERROR;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (ModelFiles.LoadException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return HopscopeCommand.EXIT_INPUT_ERROR;
        }
    }

    private ClientProfile profile() {
        if (clientProfile == null) {
            return null;
        }
        try {
            return ClientProfile.fromWireName(clientProfile);
        } catch (IllegalArgumentException e) {
            throw new TraceQueryException("--client-profile must be linux, windows, any, nat, elb or lambda, not '"
                    + clientProfile + "'");
        }
    }

    private Protocol parseProtocol() {
        if (protocol == null) {
            return null;
        }
        try {
            return Protocol.parse(protocol);
        } catch (IllegalArgumentException e) {
            throw new TraceQueryException("{0}: " + e.getMessage(), QueryField.PROTOCOL);
        }
    }

    private static IpAddress address(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TraceQueryException(field + ": " + e.getMessage());
        }
    }
}
