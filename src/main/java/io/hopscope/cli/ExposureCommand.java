package io.hopscope.cli;

import io.hopscope.io.reach.ExposureWriter;
import io.hopscope.io.policy.PortLists;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Exposure;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorException;
import io.hopscope.reach.SelectorResolver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hopscope exposure MODEL --to SELECTOR [--from SELECTOR]}: who can open a connection to each
 * target, exactly, as rows of addresses x ports. Exit 0 with the answer; 2 for a usage or input error.
 */
public final class ExposureCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "exposure",
            "Who can reach each target: exact rows of sources, protocols, ports and addresses.");

    private final PositionalParamSpec modelParameter = CommandSpecs.file(spec, "MODEL",
            "A Hopscope diagram file or a directory of AWS describe-* JSON.");

    private final OptionSpec toOption = CommandSpecs.add(spec, CommandSpecs.valued("--to", String.class, "SELECTOR",
            "The targets (interfaces).").required(true));

    private final OptionSpec fromOption = CommandSpecs.add(spec, CommandSpecs.valued("--from", String.class, "SELECTOR",
            "The sources (default: the internet, every interface and every external network)."));

    private final OptionSpec protocolOption = CommandSpecs.add(spec, CommandSpecs.valued("--protocol", String.class, "P",
            "tcp, udp, icmp, icmpv6, all (default) or a number."));

    private final OptionSpec portsOption = CommandSpecs.add(spec, CommandSpecs.valued("--ports", String.class, "RANGES",
            "tcp/udp ports, e.g. 443 or 80,8000-8080 (default all)."));

    private final ShardOptions sharding = new ShardOptions(spec);

    private final OptionSpec formatOption = CommandSpecs.add(spec, CommandSpecs.valued("--format", String.class,
            "text|json|csv", "Output format.").defaultValue("text"));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String format = formatOption.getValue();
        String protocol = protocolOption.getValue();
        String ports = portsOption.getValue();
        String to = toOption.getValue();
        String from = fromOption.getValue();
        try {
            ReachOptions.format(format, "text", "json", "csv");
            Protocol p = ReachOptions.protocol(protocol, Protocol.ALL);
            PortSet portSet = ports == null ? PortSet.ALL : PortLists.parse("--ports", ports);
            if (ports != null && !p.hasPorts()) {
                throw new ReachOptions.UsageException("--ports needs --protocol tcp or udp");
            }
            Selector toSel = Selector.parse(to);
            Selector fromSel = from == null ? null : Selector.parse(from);
            SelectableModel m = SelectableModel.load(modelParameter.getValue());
            SelectorResolver resolver = new SelectorResolver(m.model(), m.tags());
            List<ReachEndpoint> targets = resolver.resolveNonEmpty(toSel).stream().filter(ReachEndpoint::isInterface).toList();
            if (targets.isEmpty()) {
                throw new SelectorException("--to " + to + " names no interface: a target is a workload, interface,"
                        + " NAT gateway or endpoint");
            }
            List<ReachEndpoint> sources = sharding.block(fromSel == null ? defaultSources(resolver) : resolver.resolveNonEmpty(fromSel));
            ReachEngine engine = new ReachEngine(m.model());
            ReachOptions.Progress progress = new ReachOptions.Progress(err, "targets", targets.size());
            int n = sharding.threadCount();
            List<Exposure.Answer> answers = new Exposure(engine).of(targets, sources, p, portSet, n, progress::done);
            progress.finish();
            out.print(switch (format) {
                case "json" -> ExposureWriter.json(answers);
                case "csv" -> ExposureWriter.csv(answers, sources.stream().map(ReachEndpoint::id).distinct().toList(),
                        sharding.first());
                default -> ExposureWriter.text(answers);
            });
            out.flush();
            return HopscopeCommand.EXIT_OK;
        } catch (ReachOptions.UsageException | IllegalArgumentException | IllegalStateException e) {
            return fail(err, e.getMessage());
        } catch (ModelFiles.LoadException e) {
            return fail(err, e.getMessage());
        }
    }

    static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return HopscopeCommand.EXIT_INPUT_ERROR;
    }

    /** The internet, every interface, and every external network of the model. */
    static List<ReachEndpoint> defaultSources(SelectorResolver resolver) {
        List<ReachEndpoint> out = new ArrayList<>();
        out.add(SelectorResolver.internet());
        for (var e : resolver.model().networkInterfaces()) {
            out.addAll(resolver.resolve(Selector.parse(e.id())));
        }
        for (ExternalEndpoint x : resolver.model().externals()) {
            if (x.externalKind() == ExternalKind.ON_PREMISES && !x.cidrs().isEmpty()) {
                out.addAll(resolver.resolve(Selector.parse(x.id())));
            }
        }
        return out;
    }
}
