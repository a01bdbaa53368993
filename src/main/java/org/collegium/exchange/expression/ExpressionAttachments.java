package org.collegium.exchange.expression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.files.ArchiveLimits;
import org.collegium.shared.files.ContentSniffer;
import org.collegium.shared.files.FileFormat;
import org.collegium.shared.files.FileNames;
import org.collegium.shared.files.FileStore;
import org.collegium.shared.files.OfficeArchives;
import org.collegium.shared.files.UnacceptableFile;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files attached to an expression of interest: at most five, PDF, office (OOXML and OpenDocument) or images, each at
 * most 10 MB. The type is decided from the content, never from the name or what the browser said; the bytes are
 * stored under a key the server makes and the name is kept only, made safe, for downloads. The same people as for
 * the expression write (until the deadline) and read. A refusal keeps nothing: no row and no file.
 */
@Service
@Transactional
public class ExpressionAttachments {

    static final int MAX_FILES = 5;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Set<FileFormat> ACCEPTED = Set.of(FileFormat.PDF, FileFormat.DOCX, FileFormat.XLSX,
            FileFormat.PPTX, FileFormat.ODT, FileFormat.ODS, FileFormat.ODP, FileFormat.PNG, FileFormat.JPEG);
    private static final ArchiveLimits ARCHIVES = new ArchiveLimits(2000, 100L * 1024 * 1024, 100);

    private final ExpressionsOfInterest expressions;
    private final ExpressionRepository repository;
    private final FileStore store;
    private final Clock clock;

    ExpressionAttachments(ExpressionsOfInterest expressions, ExpressionRepository repository, FileStore store,
            Clock clock) {
        this.expressions = expressions;
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    public AttachmentView attach(AccountId actor, ExpressionOfInterestId id, String originalName, long size,
            InputStreamSource content) {
        ExpressionOfInterest expression = expressions.writable(actor, id);
        if (expression.attachmentCount() >= MAX_FILES) {
            throw new ExchangeRefusal("attachments", "exchange.expression.attachment.too-many", MAX_FILES);
        }
        if (size <= 0 || content == null) {
            throw new ExchangeRefusal("attachments", "exchange.expression.attachment.empty");
        }
        if (size > MAX_BYTES) {
            throw tooLarge();
        }
        FileFormat sniffed = recognise(originalName, content);
        FileStore.Staged staged = stage(content);
        try {
            FileFormat format = confirm(sniffed, staged, originalName);
            String key = store.keep(staged);
            deleteIfRolledBack(key);
            Instant now = clock.instant();
            ExpressionAttachment attachment = new ExpressionAttachment(key, FileNames.sanitise(originalName, format),
                    format.mediaType(), staged.size(), staged.sha256(), actor, now);
            expression.attach(attachment, actor, now);
            repository.saveAndFlush(expression);
            return attachment.view();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            store.discard(staged);
        }
    }

    public void detach(AccountId actor, ExpressionOfInterestId id, UUID attachment) {
        ExpressionOfInterest expression = expressions.writable(actor, id);
        String key = expression.detach(attachment, actor, clock.instant())
                .orElseThrow(() -> new NotFoundException("attachment"));
        repository.saveAndFlush(expression);
        deleteOnceCommitted(key);
    }

    @Transactional(readOnly = true)
    public AttachmentContent open(AccountId viewer, ExpressionOfInterestId id, UUID attachment) {
        ExpressionOfInterest expression = expressions.readable(viewer, id);
        ExpressionAttachment found = expression.attachment(attachment)
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new AttachmentContent(found.view(), store.read(found.fileKey()));
    }

    /** The format the first bytes show, if accepted, provided the name's extension (if any) does not claim another. */
    private static FileFormat recognise(String originalName, InputStreamSource content) {
        byte[] head;
        try (InputStream in = content.getInputStream()) {
            head = in.readNBytes(ContentSniffer.HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileFormat format = ContentSniffer.sniff(head).orElseThrow(ExpressionAttachments::notAccepted);
        if (format != FileFormat.ZIP && !ACCEPTED.contains(format)) {
            throw notAccepted();
        }
        Optional<String> extension = FileNames.extension(originalName);
        if (extension.isPresent() && format != FileFormat.ZIP && !format.isNamedBy(extension.get())) {
            throw notAccepted();
        }
        return format;
    }

    /** What only the whole content tells: which office document an archive is, and that it is safe to keep. */
    private static FileFormat confirm(FileFormat sniffed, FileStore.Staged staged, String originalName) {
        try {
            if (sniffed == FileFormat.ZIP) {
                FileFormat office = OfficeArchives.inspect(staged.file(), ARCHIVES);
                Optional<String> extension = FileNames.extension(originalName);
                if (!ACCEPTED.contains(office) || extension.isPresent() && !office.isNamedBy(extension.get())) {
                    throw notAccepted();
                }
                return office;
            }
            if (sniffed.isZipContainer()) {
                OfficeArchives.checkSafe(staged.file(), ARCHIVES);
            }
            return sniffed;
        } catch (UnacceptableFile unacceptable) {
            throw notAccepted();
        }
    }

    private FileStore.Staged stage(InputStreamSource content) {
        try {
            return store.stage(content.getInputStream(), MAX_BYTES);
        } catch (FileStore.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteIfRolledBack(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
    }

    private void deleteOnceCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
    }

    private static ExchangeRefusal notAccepted() {
        return new ExchangeRefusal("attachments", "exchange.expression.attachment.type");
    }

    private static ExchangeRefusal tooLarge() {
        return new ExchangeRefusal("attachments", "exchange.expression.attachment.too-large", MAX_BYTES / (1024 * 1024));
    }
}
