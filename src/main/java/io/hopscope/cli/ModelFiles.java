package io.hopscope.cli;

import io.hopscope.check.Problem;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the MODEL argument of a command: a Hopscope diagram file through the diagram reader, or a
 * directory of AWS describe-* JSON through the AWS importer. Failures are reported as one line
 * naming the file and field at fault.
 */
final class ModelFiles {
    /** A load failure; the message is the stderr line. */
    static final class LoadException extends Exception {
        LoadException(String message) {
            super(message);
        }
    }

    private ModelFiles() {
    }

    static NetworkModel load(Path path) throws LoadException {
        if (!Files.exists(path)) {
            throw new LoadException(path + ": no such file or directory");
        }
        if (Files.isDirectory(path)) {
            Object result = call("io.hopscope.io.aws.AwsImporter", "importDirectory", path);
            NetworkModel model = (NetworkModel) property(result, "model");
            if (model == null || model.vpcs().isEmpty()) {
                throw new LoadException(path + ": " + firstError(result, "no AWS describe-* JSON with VPCs found"));
            }
            return model;
        }
        // A diagram whose model breaks a model-level rule is still traced: the trace shows the consequence.
        DiagramLoad load = DiagramReader.read(path);
        if (load.diagram() == null) {
            throw new LoadException(path + ": " + firstError(load, "not a Hopscope diagram"));
        }
        return load.diagram().model();
    }

    private static String firstError(Object result, String fallback) {
        @SuppressWarnings("unchecked")
        List<Problem> problems = (List<Problem>) property(result, "problems");
        if (problems != null) {
            for (Problem p : problems) {
                if (p.isError()) {
                    return (p.location() == null || p.location().isEmpty() ? "" : p.location() + ": ") + p.message();
                }
            }
        }
        return fallback;
    }

    // The AWS importer is written in parallel with this command; it is looked up by name so the CLI
    // builds before it is merged. Replace with a direct call once it is on main.
    private static Object call(String className, String method, Path arg) throws LoadException {
        try {
            return Class.forName(className).getMethod(method, Path.class).invoke(null, arg);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new LoadException(arg + ": this build cannot read " + "AWS directories");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new LoadException(arg + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        }
    }

    private static Object property(Object target, String name) {
        try {
            return target.getClass().getMethod(name).invoke(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
