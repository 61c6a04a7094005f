package io.hopscope.app.files;

import java.nio.file.Path;
import java.util.List;

/** Why a file did not open: the file and one line per reason, as the reader reported them. */
public record OpenFailure(Path file, List<String> reasons) {

    public OpenFailure {
        reasons = List.copyOf(reasons);
    }
}
