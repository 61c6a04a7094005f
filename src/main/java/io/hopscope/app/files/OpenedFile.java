package io.hopscope.app.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the window knows about the file behind its document, beyond the path: how it looked on
 * disk when last read or written (to notice changes made by others), whether it is a picture
 * (Save must never write JSON over a PNG or SVG), and the recovery of an earlier session it
 * carries (deleted once the recovered changes are saved or discarded).
 */
public final class OpenedFile {

    private final io.hopscope.ui.common.DiagramDocument document;

    private DiskStamp stamp;
    private boolean picture;
    private Autosave.Recovery carried;
    /** The disk state the user chose not to reload; asked again only when the file changes again. */
    private DiskStamp dismissed;

    public OpenedFile(io.hopscope.ui.common.DiagramDocument document) {
        this.document = document;
    }

    private Path current() {
        return document.file().orElse(null);
    }

    public void read(Reading reading) {
        dismissed = null;
        stamp = reading.stamp().orElse(null);
        picture = reading.picture();
        carried = null;
    }

    public void wrote(Path file) {
        dismissed = null;
        stamp = DiskStamp.of(file).orElse(null);
        picture = Reading.isPicture(file);
        carried = null;
    }

    public void clear() {
        dismissed = null;
        stamp = null;
        picture = false;
        carried = null;
    }

    public void carry(Autosave.Recovery recovery) {
        carried = recovery;
    }

    public Autosave.Recovery carried() {
        return carried;
    }

    public boolean isPicture() {
        return picture;
    }

    /** Save needs a new name: the diagram has no file yet, or was opened from a picture. */
    public boolean saveNeedsName() {
        return current() == null || picture;
    }

    /** Where Save As starts: the open file, or for a picture the same name ending in .json. */
    public Path suggestedSaveTarget() {
        Path current = current();
        return current == null || !picture ? current : DiagramFileNames.asJson(current);
    }

    /** The open file changed on disk since this window read or wrote it (another program, another window). */
    public boolean changedOnDisk() {
        Path current = current();
        return current != null && stamp != null && stamp.differsFrom(current);
    }

    /** The open file is gone from disk (deleted or moved away) since it was read. */
    public boolean goneFromDisk() {
        Path current = current();
        return current != null && stamp != null && !Files.exists(current);
    }

    /** A reload is worth offering: the file changed (and still exists) and was not dismissed as it is now. */
    public boolean shouldOfferReload() {
        return changedOnDisk() && !goneFromDisk() && (dismissed == null || dismissed.differsFrom(current()));
    }

    /** The user keeps this window's version of the file as it is on disk now: not asked again for it. */
    public void dismissReloadOffer() {
        if (current() != null) {
            dismissed = DiskStamp.of(current()).orElse(null);
        }
    }
}
