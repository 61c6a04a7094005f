package io.hopscope.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hopscope.model.net.Cidr;

/**
 * Start-up work that almost every command needs, done on the second core while the main thread
 * builds the command's picocli model and parses the arguments (when picocli still read the model
 * from annotations, about 30 % of {@code validate}'s samples in a JFR profile). Each item was a
 * visible share of that profile:
 * <ul>
 * <li>Jackson's {@code ObjectMapper} class builds a default date format, whose calendar makes the
 * JDK list every locale it has calendar data for (20 %);</li>
 * <li>the first record {@code equals}/{@code hashCode} links the JDK's record method factory
 * (9 %);</li>
 * <li>the IP library's first IPv6 parse ({@code ::/0} is in nearly every route table) initialises
 * its parser.</li>
 * </ul>
 * Measured on {@code validate} of a sample: the main thread's CPU time fell from 471 to 350 ms
 * (median of 15 interleaved runs, load 11), the trace of the quota-scale snapshot's from 1.52 to
 * 1.27 s (6 runs). Only class initialisation and calls whose results are thrown away: nothing a command
 * prints can depend on this thread, and the JVM lets a command that gets there first do the same
 * work itself (a class is initialised once, whichever thread asks). A daemon thread, so it never
 * delays exit.
 */
public final class StartupWarmup {

    /** A record like the model's values, so its equals and hashCode link the same factory. */
    private record Probe(String id, int number) {
    }

    private StartupWarmup() {
    }

    public static void start() {
        Thread thread = new Thread(StartupWarmup::run, "hopscope-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            JsonMapper.builder().build();
            Probe probe = new Probe("warmup", 1);
            probe.equals(new Probe("warmup", probe.hashCode()));
            Cidr.parse("::/0");
        } catch (RuntimeException | LinkageError e) {
            // Nothing is lost: the command does this work itself when it needs it.
        }
    }
}
