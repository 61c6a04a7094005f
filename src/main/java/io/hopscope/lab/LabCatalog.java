package io.hopscope.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labs shipped with Hopscope: {@code diagrams/labs/} packed into the jar under
 * {@code io/hopscope/labs/}, in the order of {@code labs.txt} (easiest topics first).
 */
public final class LabCatalog {

    private static final String DIR = "/io/hopscope/labs/";

    private LabCatalog() {
    }

    /** Every shipped lab, read and checked; a broken shipped lab is a build defect, so it throws. */
    public static List<LabFile> shipped() {
        List<LabFile> labs = new ArrayList<>();
        for (String id : ids()) {
            labs.add(load(id));
        }
        return labs;
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String line : text("labs.txt").split("\n")) {
            if (!line.isBlank()) {
                ids.add(line.strip());
            }
        }
        return ids;
    }

    /** The shipped lab {@code id}, as it starts. */
    public static LabFile load(String id) {
        LabLoad load = LabReader.read(text(id + ".json"), id + ".json");
        if (load.file() == null) {
            throw new IllegalStateException("shipped lab " + id + " does not read: " + load.errors());
        }
        return load.file();
    }

    private static String text(String name) {
        try (InputStream in = LabCatalog.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
