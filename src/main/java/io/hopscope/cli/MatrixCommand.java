package io.hopscope.cli;

import io.hopscope.io.reach.MatrixWriter;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorResolver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hopscope matrix MODEL --protocol P [--port N]}: every source against every destination
 * (default: all workloads) for one service, one trace each. Exit 0; 2 for a usage or input error.
 */
public final class MatrixCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "matrix",
            "Every source against every destination for one service: REACHABLE, UNREACHABLE, PORT_DEPENDENT or UNKNOWN.");

    private final PositionalParamSpec modelParameter = CommandSpecs.file(spec, "MODEL",
            "A Hopscope diagram file or a directory of AWS describe-* JSON.");

    private final OptionSpec fromOption = CommandSpecs.add(spec, CommandSpecs.valued("--from", String.class, "SELECTOR",
            "Sources (default: all workloads).").defaultValue("all"));

    private final OptionSpec toOption = CommandSpecs.add(spec, CommandSpecs.valued("--to", String.class, "SELECTOR",
            "Destinations (default: all workloads).").defaultValue("all"));

    private final OptionSpec protocolOption = CommandSpecs.add(spec, CommandSpecs.valued("--protocol", String.class, "P",
            "tcp, udp, icmp, icmpv6 or a number.").required(true));

    private final OptionSpec portOption = CommandSpecs.add(spec, CommandSpecs.valued("--port", Integer.class, "N",
            "Destination port (tcp/udp)."));

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
        Integer port = portOption.getValue();
        try {
            ReachOptions.format(format, "text", "json", "csv");
            Protocol p = ReachOptions.protocol(protocolOption.getValue(), null);
            if (p.isAll()) {
                throw new ReachOptions.UsageException("--protocol: a matrix is for one service; name tcp, udp, icmp or a number");
            }
            if (p.hasPorts() && port == null) {
                throw new ReachOptions.UsageException("--port is needed with --protocol " + p.label());
            }
            if (port != null && (port < 0 || port > 65535)) {
                throw new ReachOptions.UsageException("--port " + port + " is impossible: ports are 0-65535");
            }
            Selector fromSel = Selector.parse(fromOption.getValue());
            Selector toSel = Selector.parse(toOption.getValue());
            SelectableModel m = SelectableModel.load(modelParameter.getValue());
            SelectorResolver resolver = new SelectorResolver(m.model(), m.tags());
            List<ReachEndpoint> sources = sharding.block(interfaces(resolver, fromSel, "--from"));
            List<ReachEndpoint> targets = interfaces(resolver, toSel, "--to");
            ReachOptions.Progress progress = new ReachOptions.Progress(err, "cells", (long) sources.size() * targets.size());
            int n = sharding.threadCount();
            List<Matrix.Entry> cells = new Matrix(new ReachEngine(m.model())).compute(sources, targets, p, port, n, progress::done);
            progress.finish();
            out.print(switch (format) {
                case "json" -> MatrixWriter.json(cells);
                case "csv" -> MatrixWriter.csv(cells, sharding.first());
                default -> MatrixWriter.text(cells);
            });
            out.flush();
            return HopscopeCommand.EXIT_OK;
        } catch (ReachOptions.UsageException | IllegalArgumentException | IllegalStateException e) {
            return ExposureCommand.fail(err, e.getMessage());
        } catch (ModelFiles.LoadException e) {
            return ExposureCommand.fail(err, e.getMessage());
        }
    }

    private static List<ReachEndpoint> interfaces(SelectorResolver r, Selector s, String option) {
        List<ReachEndpoint> e = r.resolveNonEmpty(s).stream().filter(ReachEndpoint::isInterface).toList();
        if (e.isEmpty()) {
            throw new ReachOptions.UsageException(option + " " + s.text() + " names no interface of the model");
        }
        return e;
    }
}
