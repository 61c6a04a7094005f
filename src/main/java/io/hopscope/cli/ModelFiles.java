package io.hopscope.cli;

import io.hopscope.check.Problem;
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
        Object load = call("io.hopscope.io.format.DiagramReader", "read", path);
        Object diagram = property(load, "diagram");
        if (diagram == null) {
            throw new LoadException(path + ": " + firstError(load, "not a Hopscope diagram"));
        }
        return (NetworkModel) property(diagram, "model");
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

    // The readers are written in parallel with this command; they are looked up by name so the CLI
    // builds before they are merged. Replace with direct calls once both are on main.
    private static Object call(String className, String method, Path arg) throws LoadException {
        try {
            return Class.forName(className).getMethod(method, Path.class).invoke(null, arg);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new LoadException(arg + ": this build cannot read " + (className.contains("aws") ? "AWS directories" : "diagram files"));
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
