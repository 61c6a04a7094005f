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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

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
public final class TraceCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "trace",
            "Trace a packet and its reply hop by hop through an AWS network.");

    private final PositionalParamSpec model = CommandSpecs.file(spec, "MODEL",
            "A Hopscope diagram file, a directory of AWS describe-* JSON, or terraform show -json output.");

    private final OptionSpec from = CommandSpecs.add(spec, CommandSpecs.valued("--from", String.class, "REF",
            "Source: resource id, RDS DB identifier, Name tag, service (s3, dynamodb) or IP address.").required(true));

    private final OptionSpec to = CommandSpecs.add(spec, CommandSpecs.valued("--to", String.class, "REF",
            "Destination, same forms as --from.").required(true));

    private final OptionSpec protocol = CommandSpecs.add(spec, CommandSpecs.valued("--protocol", String.class, "PROTO",
            "tcp (default), udp, icmp, icmpv6 or an IANA number."));

    private final OptionSpec port = CommandSpecs.add(spec, CommandSpecs.valued("--port", Integer.class, "N",
            "Destination port (tcp/udp)."));

    private final OptionSpec sourcePort = CommandSpecs.add(spec, CommandSpecs.valued("--source-port", Integer.class, "N",
            "The client's ephemeral port; default from its client profile."));

    private final OptionSpec clientProfile = CommandSpecs.add(spec, CommandSpecs.valued("--client-profile", String.class,
            "PROFILE", "linux, windows, any, nat, elb or lambda: the client's source-port range (default from the data)."));

    private final OptionSpec icmpType = CommandSpecs.add(spec, CommandSpecs.valued("--icmp-type", Integer.class, "N",
            "ICMP type (default 8, echo request)."));

    private final OptionSpec icmpCode = CommandSpecs.add(spec, CommandSpecs.valued("--icmp-code", Integer.class, "N",
            "ICMP code (default 0)."));

    private final OptionSpec sourceIp = CommandSpecs.add(spec, CommandSpecs.valued("--source-ip", String.class, "IP",
            "Pin the source address."));

    private final OptionSpec destinationIp = CommandSpecs.add(spec, CommandSpecs.valued("--destination-ip", String.class,
            "IP", "Pin the destination address (a public IP of the target: addressed to it)."));

    private final OptionSpec ipVersion = CommandSpecs.add(spec, CommandSpecs.valued("--ip-version", Integer.class, "4|6",
            "IP version when the references leave it open."));

    private final OptionSpec format = CommandSpecs.add(spec, CommandSpecs.valued("--format", String.class, "text|json",
            "Output format (default text).").defaultValue("text"));

    private final OptionSpec before = CommandSpecs.flag(spec, "--before",
            "For a Terraform plan: trace its prior state (the network before the change).");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            String outputFormat = format.getValue();
            if (!outputFormat.equals("text") && !outputFormat.equals("json")) {
                throw new TraceQueryException("--format must be text or json, not '" + outputFormat + "'");
            }
            TraceQuery query = new TraceQuery(from.getValue(), to.getValue(), parseProtocol(protocol.getValue()),
                    port.getValue(), sourcePort.getValue(), icmpType.getValue(), icmpCode.getValue(),
                    address(sourceIp.getValue(), "--source-ip"), address(destinationIp.getValue(), "--destination-ip"),
                    ipVersion.getValue(), profile(clientProfile.getValue()));
            NetworkModel m = ModelFiles.load(model.getValue(), CommandSpecs.given(before));
            Tracer tracer = new Tracer(m);
            Trace trace = tracer.trace(query);
            List<PlanUnknowns.Placeholder> placeholders = PlaceholderNotes.of(trace, m);
            if (outputFormat.equals("json")) {
                ObjectNode json = TraceJsonWriter.toJson(trace);
                if (!m.unknowns().isEmpty()) {
                    PlaceholderNotes.json(json, placeholders);
                }
                // Built here, not once per class: a text trace then never initialises databind.
                ObjectMapper jsonOut = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.print(jsonOut.writeValueAsString(json) + System.lineSeparator());
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

    private static ClientProfile profile(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ClientProfile.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw new TraceQueryException("--client-profile must be linux, windows, any, nat, elb or lambda, not '"
                    + name + "'");
        }
    }

    private static Protocol parseProtocol(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Protocol.parse(text);
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
