package org.collegium.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.collegium.library.LibraryRefusal;
import org.collegium.shared.files.ContentSniffer;
import org.collegium.shared.files.FileFormat;
import org.collegium.shared.files.FileNames;
import org.collegium.shared.files.OfficeArchives;
import org.collegium.shared.files.UnacceptableFile;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its content, never from its name or what the browser said, in two steps: the first
 * bytes (before anything is written), then the whole staged file for containers (which office document a ZIP or an
 * old Office file is, and that a ZIP is no bomb). A name whose extension claims something else is refused.
 */
@Component
class FormatCheck {

    static final String TYPE_NOT_ALLOWED = "libraryfiles.refusal.type";
    static final String MISMATCH = "libraryfiles.refusal.mismatch";
    static final String ARCHIVE = "libraryfiles.refusal.archive";

    /** The compound file header of Word, Excel and PowerPoint 97–2003 (and of other Microsoft formats). */
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final Set<LibraryFormat> OOXML = Set.of(LibraryFormat.DOCX, LibraryFormat.XLSX, LibraryFormat.PPTX);
    private static final Set<LibraryFormat> OLD_OFFICE = Set.of(LibraryFormat.DOC, LibraryFormat.XLS, LibraryFormat.PPT);

    private final FileSettings settings;
    private final Detector detector;

    FormatCheck(FileSettings settings, Tika tika) {
        this.settings = settings;
        this.detector = tika.getDetector();
    }

    /** What the first bytes show: a format, or a container that only the whole file will name. */
    Sniffed recognise(String originalName, byte[] head) {
        Optional<String> extension = FileNames.extension(originalName);
        Optional<LibraryFormat> claimed = extension.flatMap(LibraryFormat::claimedBy);
        Optional<FileFormat> found = ContentSniffer.sniff(head);
        if (found.isEmpty() && startsWith(head, OLE2)) {
            return container(Container.OLD_OFFICE, extension, claimed, OLD_OFFICE);
        }
        if (found.isPresent() && found.get() == FileFormat.ZIP) {
            return container(Container.OOXML, extension, claimed, OOXML);
        }
        Optional<LibraryFormat> format = found.flatMap(LibraryFormat::of);
        if (format.isEmpty()) {
            throw refusal(claimed.isPresent() ? MISMATCH : TYPE_NOT_ALLOWED);
        }
        if (extension.isPresent() && !format.get().isNamedBy(extension.get())) {
            throw refusal(MISMATCH);
        }
        return new Sniffed(format.get(), null);
    }

    /** What only the whole content tells; refuses an unsafe archive or a container that is not what its name says. */
    LibraryFormat confirm(Sniffed sniffed, Path staged, String originalName) {
        Optional<String> extension = FileNames.extension(originalName);
        LibraryFormat format = sniffed.format();
        try {
            if (sniffed.container() == Container.OOXML) {
                format = LibraryFormat.of(OfficeArchives.inspect(staged, settings.archiveLimits())).orElseThrow();
            } else if (sniffed.container() == Container.OLD_OFFICE) {
                format = oldOffice(staged);
            } else if (format.isOpenDocument()) {
                OfficeArchives.checkSafe(staged, settings.archiveLimits());
            }
        } catch (UnacceptableFile unacceptable) {
            throw refusal(unacceptable.reason() == UnacceptableFile.Reason.NOT_ALLOWED ? TYPE_NOT_ALLOWED : ARCHIVE);
        }
        if (extension.isPresent() && !format.isNamedBy(extension.get())) {
            throw refusal(MISMATCH);
        }
        return format;
    }

    private LibraryFormat oldOffice(Path staged) {
        try (InputStream in = TikaInputStream.get(staged)) {
            String type = detector.detect(in, new Metadata()).getBaseType().toString();
            return LibraryFormat.ofMediaType(type).filter(OLD_OFFICE::contains)
                    .orElseThrow(() -> refusal(TYPE_NOT_ALLOWED));
        } catch (IOException | RuntimeException e) {
            if (e instanceof LibraryRefusal refusal) {
                throw refusal;
            }
            throw refusal(ARCHIVE);
        }
    }

    private static Sniffed container(Container container, Optional<String> extension, Optional<LibraryFormat> claimed,
            Set<LibraryFormat> possible) {
        if (extension.isPresent() && (claimed.isEmpty() || !possible.contains(claimed.get()))) {
            throw refusal(claimed.isPresent() ? MISMATCH : TYPE_NOT_ALLOWED);
        }
        return new Sniffed(null, container);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static LibraryRefusal refusal(String code) {
        return new LibraryRefusal("file", code);
    }

    enum Container { OOXML, OLD_OFFICE }

    /** A known format, or a container to open: both are documents for the size limit. */
    record Sniffed(LibraryFormat format, Container container) {

        FileKind kind() {
            return format == null ? FileKind.DOCUMENT : format.kind();
        }
    }
}
