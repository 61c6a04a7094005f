package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hopscope.io.input.InputFiles;
import io.hopscope.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Tells a {@code terraform show -json} file from a diagram by its content, not its name. */
public final class TerraformFiles {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The keys Terraform writes at the top level of a plan or state; a diagram starts with "format". */
    private static final Set<String> KEYS = Set.of("format_version", "terraform_version", "planned_values",
            "resource_changes", "prior_state", "values", "configuration", "variables", "output_changes");

    private TerraformFiles() {
    }

    /** Whether the first key of the file's top-level object is one Terraform writes. Never throws. */
    public static boolean looksLikeTerraform(Path file) {
        if (!Files.isRegularFile(file) || InputFiles.whyNotRegular(file) != null) {
            return false;
        }
        try (InputStream in = InputFiles.open(file, Long.MAX_VALUE, Text.of("input.what.terraformJson"));
             JsonParser p = FACTORY.createParser(in)) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && KEYS.contains(p.currentName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
