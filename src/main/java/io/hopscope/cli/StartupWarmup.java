package io.hopscope.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hopscope.model.net.Cidr;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

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

    private static final Set<String> READS_A_MODEL_AS_TEXT = Set.of("trace", "validate", "exposure", "matrix");
    private static final Set<String> FOLDER_COMMANDS_WITHOUT_RECORD_KEYS = Set.of("trace", "validate", "matrix");

    private StartupWarmup() {
    }

    public static void start(String[] args) {
        Thread thread = new Thread(() -> run(args.clone()), "hopscope-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * False for a command that reads an AWS describe folder and writes text: the folder's reader binds
     * its records without databind (it builds a mapper only for an odd element), so initialising one
     * here would only take the second core from the reading. Any other command, or a file among the
     * arguments (a diagram, a lab, a plan), is warmed as before.
     */
    static boolean needsDatabind(String[] args) {
        if (args.length < 2 || !READS_A_MODEL_AS_TEXT.contains(args[0])) {
            return true;
        }
        boolean folder = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                if (args[i].equals("--format") || args[i].startsWith("--format=")) {
                    return true;
                }
                continue;
            }
            try {
                Path p = Path.of(args[i]);
                if (Files.isRegularFile(p)) {
                    return true;
                }
                folder |= Files.isDirectory(p);
            } catch (InvalidPathException e) {
                return true;
            }
        }
        return !folder;
    }

    /**
     * False for {@code trace}, {@code validate} and {@code matrix} over a describe folder, whose path
     * never calls a record's equals or hashCode (no {@code ObjectMethods} in {@code -Xlog:class+load}):
     * linking that factory here cost the second core 35 ms and C1 the compiling of the method-handle
     * code it spins. {@code exposure} does compare records, so it is warmed as before.
     */
    static boolean comparesRecords(String[] args) {
        return comparesRecords(args, needsDatabind(args));
    }

    private static boolean comparesRecords(String[] args, boolean needsDatabind) {
        return needsDatabind || !FOLDER_COMMANDS_WITHOUT_RECORD_KEYS.contains(args[0]);
    }

    private static void run(String[] args) {
        try {
            // One look at the arguments' files serves both choices.
            boolean databind = needsDatabind(args);
            if (databind) {
                JsonMapper.builder().build();
            }
            if (comparesRecords(args, databind)) {
                Probe probe = new Probe("warmup", 1);
                probe.equals(new Probe("warmup", probe.hashCode()));
            }
            Cidr.parse("::/0");
        } catch (RuntimeException | LinkageError e) {
            // Nothing is lost: the command does this work itself when it needs it.
        }
    }
}
