package io.hopscope.app.files;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.io.format.PngDiagramChunk;
import io.hopscope.io.terraform.TerraformFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file read for the window, made on a worker thread so a big or hostile file never freezes it:
 * the loader's result, the file's stamp (to notice later changes on disk), the model's problems
 * (validation is the slow part of a big diagram) and whether the file is a picture. Nothing in it
 * touches the UI; the window applies it on the FX thread.
 *
 * @param crash set when the loader threw: a reader bug or an exhausted VM must not take the window down
 * @param awsData the file is not a diagram but AWS describe-* output, which File > Import reads
 * @param terraformData the file is not a diagram but {@code terraform show -json} output, which File >
 *        Import > Terraform plan/state reads
 */
public record Reading(Path file, DiagramLoader.Loaded loaded, Optional<DiskStamp> stamp, List<Problem> modelProblems,
        boolean picture, String crash, boolean awsData, boolean terraformData) {

    public static Reading of(DiagramLoader loader, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        // Stamped before reading: a change made while reading shows as a change later, never hides.
        Optional<DiskStamp> stamp = DiskStamp.of(absolute);
        // Left by a save that was interrupted (power cut, killed process); a minute spares a running one.
        io.hopscope.io.format.StaleTemps.removeStale(absolute, java.time.Duration.ofMinutes(1));
        try {
            DiagramLoader.Loaded loaded = loader.load(absolute);
            if (loaded == null || loaded.diagram() == null) {
                boolean aws = AwsDataSniffer.isAwsData(absolute);
                return new Reading(absolute, loaded, stamp, List.of(), false, null, aws,
                        !aws && TerraformFiles.looksLikeTerraform(absolute));
            }
            List<Problem> problems = ModelValidator.validate(loaded.diagram().model());
            return new Reading(absolute, loaded, stamp, problems, isPicture(absolute), null, false, false);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Reading(absolute, null, stamp, List.of(), false, reason, false, false);
        }
    }

    /**
     * A PNG (which carries its diagram) or an SVG: Save must not write JSON over it. Decided by the
     * content as the reader does, and by the name for files too short to tell.
     */
    static boolean isPicture(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return PngDiagramChunk.isPng(in.readNBytes(8));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** {@link #failureReasons(String, Locale)} in the language of the UI's bundle {@code messages}. */
    public List<String> failureReasons(java.util.ResourceBundle messages) {
        return failureReasons(messages.getString("open.failed.unknown"), messages.getLocale());
    }

    /** Why the file cannot be shown, one line each with the path, in {@code locale}'s language; empty when it can. */
    public List<String> failureReasons(String unknownReason, Locale locale) {
        if (crash != null) {
            return List.of(file + ": " + crash);
        }
        if (loaded != null && loaded.diagram() != null) {
            return List.of();
        }
        List<String> reasons = loaded == null ? List.of()
                : loaded.problems().stream().filter(Problem::isError).map(p -> file + ": "
                        + (p.location().isEmpty() ? "" : p.location() + ": ") + p.message(locale)).toList();
        return reasons.isEmpty() ? List.of(file + ": " + unknownReason) : reasons;
    }
}
