package io.hopscope.cli;

import io.hopscope.io.reach.MatrixWriter;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hopscope matrix MODEL --protocol P [--port N]}: every source against every destination
 * (default: all workloads) for one service, one trace each. Exit 0; 2 for a usage or input error.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Every source against every destination for one service: REACHABLE, UNREACHABLE, PORT_DEPENDENT or UNKNOWN.")
public final class MatrixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A Hopscope diagram file or a directory of AWS describe-* JSON.")
    Path model;

    @Option(names = "--from", paramLabel = "SELECTOR", defaultValue = "all", description = "Sources (default: all workloads).")
    String from;

    @Option(names = "--to", paramLabel = "SELECTOR", defaultValue = "all", description = "Destinations (default: all workloads).")
    String to;

    @Option(names = "--protocol", required = true, paramLabel = "P", description = "tcp, udp, icmp, icmpv6 or a number.")
    String protocol;

    @Option(names = "--port", paramLabel = "N", description = "Destination port (tcp/udp).")
    Integer port;

    @Mixin
    ShardOptions sharding;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", description = "Output format.")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ReachOptions.format(format, "text", "json", "csv");
            Protocol p = ReachOptions.protocol(protocol, null);
            if (p.isAll()) {
                throw new ReachOptions.UsageException("--protocol: a matrix is for one service; name tcp, udp, icmp or a number");
            }
            if (p.hasPorts() && port == null) {
                throw new ReachOptions.UsageException("--port is needed with --protocol " + p.label());
            }
            if (port != null && (port < 0 || port > 65535)) {
                throw new ReachOptions.UsageException("--port " + port + " is impossible: ports are 0-65535");
            }
            Selector fromSel = Selector.parse(from);
            Selector toSel = Selector.parse(to);
            SelectableModel m = SelectableModel.load(model);
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
