package org.collegium.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceFileView;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.AttachedFile;
import org.collegium.library.resource.LibraryAccess;
import org.collegium.library.resource.Resources;
import org.collegium.library.resource.StoredUpload;
import org.collegium.shared.files.ContentSniffer;
import org.collegium.shared.files.FileNames;
import org.collegium.shared.files.FileStore;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of library resources. An upload is checked in this order, each step before anything is kept: the
 * uploader's right to change the resource, the announced size, the format its first bytes show against its name,
 * the size limit of its kind; then the bytes are staged while counted against that limit, containers opened
 * (which office document, no zip bomb), the text read (Tika, bounded); only then is the file kept under a
 * server-made name and attached. If attaching fails, the kept file is deleted again. No transaction is held while
 * the file is read: attaching is the resource's own short transaction.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class ResourceFiles {

    static final String EMPTY = "libraryfiles.refusal.empty";
    static final String TOO_LARGE = "libraryfiles.refusal.too-large";

    private final Resources resources;
    private final LibraryAccess access;
    private final FileStore store;
    private final FormatCheck check;
    private final TextExtraction extraction;
    private final FileSettings settings;

    ResourceFiles(Resources resources, LibraryAccess access, FileStore store, FormatCheck check,
            TextExtraction extraction, FileSettings settings) {
        this.resources = resources;
        this.access = access;
        this.store = store;
        this.check = check;
        this.extraction = extraction;
        this.settings = settings;
    }

    /** Whether the viewer may add and remove the resource's files. */
    public boolean mayChange(AccountId viewer, ResourceView resource) {
        return access.mayChange(viewer, resource);
    }

    public ResourceFileView upload(AccountId actor, ResourceId id, String originalName, long size,
            InputStreamSource content) {
        ResourceView resource = resources.read(actor, id);
        if (!mayChange(actor, resource)) {
            throw new AccessDeniedException("may not change the files of resource " + id);
        }
        if (size <= 0 || content == null) {
            throw FormatCheck.refusal(EMPTY);
        }
        if (size > settings.largest()) {
            throw tooLarge(settings.largest());
        }
        FormatCheck.Sniffed sniffed = check.recognise(originalName, head(content));
        long limit = settings.limitOf(sniffed.kind());
        if (size > limit) {
            throw tooLarge(limit);
        }
        FileStore.Staged staged = stage(content, limit);
        try {
            LibraryFormat format = check.confirm(sniffed, staged.file(), originalName);
            String text = extraction.text(staged.file(), format);
            String key = store.keep(staged);
            try {
                return resources.attach(actor, id, new StoredUpload(key,
                        FileNames.sanitise(originalName, format.format()), format.mediaType(), staged.size(), text));
            } catch (RuntimeException failed) {
                store.delete(key);
                throw failed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            store.discard(staged);
        }
    }

    /** Removes the file from the resource, then its bytes from the store. */
    public void remove(AccountId actor, ResourceId id, UUID fileId) {
        store.delete(resources.detach(actor, id, fileId));
    }

    /** A file of a resource the viewer may see, with its bytes; others find nothing. */
    public FileContent open(AccountId viewer, ResourceId id, UUID fileId) {
        AttachedFile file = resources.file(viewer, id, fileId);
        return new FileContent(file.file(), store.read(file.storedName()));
    }

    private FileStore.Staged stage(InputStreamSource content, long limit) {
        try {
            return store.stage(content.getInputStream(), limit);
        } catch (FileStore.TooLarge e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(InputStreamSource content) {
        try (InputStream in = content.getInputStream()) {
            return in.readNBytes(ContentSniffer.HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LibraryRefusal tooLarge(long limit) {
        return new LibraryRefusal("file", TOO_LARGE, Math.max(1, limit / (1024 * 1024)));
    }
}
