package org.collegium.academy.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.AcademyId;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.SubmissionFileReviewers;
import org.collegium.academy.MediaContent;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.MediaRefusal;
import org.collegium.academy.NewMediaFile;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.collegium.shared.files.ContentSniffer;
import org.collegium.shared.files.FileNames;
import org.collegium.shared.files.FileStore;
import org.collegium.shared.i18n.ContentLanguages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The media library. An upload is checked in this order, each step before anything is kept: the uploader's
 * right, the announced size, the format shown by the first bytes against the name's extension, the kind's size
 * limit; then the bytes are staged (counted again), office archives inspected, captions read as UTF-8; only then
 * is the file moved into place and its row written. A failed transaction removes the kept file again.
 */
@Service
@Transactional(readOnly = true)
class MediaFiles implements MediaLibrary {

    static final String TOO_LARGE = "media.upload.too-large";
    static final String TYPE_NOT_ALLOWED = "media.upload.type-not-allowed";
    static final String MISMATCH = "media.upload.content-mismatch";
    static final String EMPTY = "media.upload.empty";
    static final String LANGUAGE = "media.upload.language";

    private static final Set<MediaFormat> OFFICE = EnumSet.of(MediaFormat.DOCX, MediaFormat.XLSX, MediaFormat.PPTX);

    private final MediaFileRepository files;
    private final FileStore store;
    private final MediaSettings settings;
    private final AcademyAccess access;
    private final CourseAccess courses;
    private final SubmissionFileReviewers reviewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaFiles(MediaFileRepository files, FileStore store, MediaSettings settings, AcademyAccess access,
            CourseAccess courses, SubmissionFileReviewers reviewers, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.store = store;
        this.settings = settings;
        this.access = access;
        this.courses = courses;
        this.reviewers = reviewers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MediaFileSummary upload(AccountId actor, AcademyId academy, NewMediaFile upload) {
        if (!mayManage(Optional.ofNullable(actor), academy)) {
            throw new AccessDeniedException("not staff of academy " + academy.value());
        }
        MediaFileSummary summary = store(actor, academy, upload, upload.activity(), null);
        events.publishEvent(new AdministrativeActionTaken(actor.value(), "media.upload", "media-file",
                summary.id().value().toString(), "Uploaded " + summary.kind() + " " + summary.fileName()
                        + " (" + summary.size() + " bytes) to academy " + academy.value(), clock.instant()));
        return summary;
    }

    @Override
    @Transactional
    public MediaFileSummary uploadSubmission(AccountId learner, ActivityId activity, NewMediaFile upload) {
        ActivityReference reference = courses.activity(activity)
                .orElseThrow(() -> new NotFoundException("activity"));
        if (learner == null || reference.kind() != ActivityKind.ASSIGNMENT || !courses.mayOpen(learner, activity)
                || !courses.isLearnerOf(learner, reference.course())) {
            throw new AccessDeniedException("not a learner of activity " + activity.value());
        }
        return store(learner, reference.academy(), new NewMediaFile(upload.originalName(), upload.size(),
                upload.content(), activity, false, null), activity, learner);
    }

    /** Checks and keeps the file, in the order the class comment gives; a refusal leaves nothing behind. */
    private MediaFileSummary store(AccountId uploader, AcademyId academy, NewMediaFile upload, ActivityId activity,
            AccountId submitter) {
        if (upload.language() != null && !ContentLanguages.isKnown(upload.language())) {
            throw new MediaRefusal(LANGUAGE);
        }
        if (upload.size() <= 0) {
            throw new MediaRefusal(EMPTY);
        }
        if (upload.size() > settings.largest()) {
            throw tooLarge(settings.largest());
        }
        MediaFormat sniffed = recognise(upload);
        long limit = settings.limitOf(sniffed.kind());
        if (upload.size() > limit) {
            throw tooLarge(limit);
        }
        FileStore.Staged staged = stage(upload, limit);
        try {
            MediaFormat format = confirm(sniffed, staged, upload.originalName());
            String key = store.keep(staged);
            deleteIfRolledBack(key);
            MediaFile file = files.saveAndFlush(new MediaFile(academy, activity, format,
                    FileNames.sanitise(upload.originalName(), format.format()), key, staged.size(), staged.sha256(),
                    upload.publiclyReadable(), upload.language(), uploader.value(),
                    submitter == null ? null : submitter.value(), clock.instant()));
            return file.toSummary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            store.discard(staged);
        }
    }

    @Override
    public boolean mayManage(Optional<AccountId> account, AcademyId academy) {
        return access.may(account, Role.ACADEMY_ADMINISTRATOR, academy)
                || access.may(account, Role.FACILITATOR, academy);
    }

    @Override
    public List<MediaFileSummary> filesOf(AccountId actor, AcademyId academy) {
        if (!mayManage(Optional.ofNullable(actor), academy)) {
            throw new AccessDeniedException("not staff of academy " + academy.value());
        }
        return files.findByAcademyIdAndSubmittedByIsNullOrderByUploadedAtDesc(academy.value()).stream().map(MediaFile::toSummary).toList();
    }

    @Override
    public List<MediaFileSummary> attachedTo(ActivityId activity) {
        return files.findByActivityIdAndSubmittedByIsNullOrderByUploadedAtAsc(activity.value()).stream().map(MediaFile::toSummary)
                .toList();
    }

    @Override
    public Optional<MediaFileSummary> find(MediaFileId id) {
        return files.findById(id.value()).map(MediaFile::toSummary);
    }

    @Override
    public boolean mayRead(Optional<AccountId> viewer, MediaFileSummary file) {
        if (file.isSubmission()) {
            return viewer.isPresent() && (viewer.get().equals(file.submittedBy())
                    || mayManage(viewer, file.academy()) || reviewers.reviews(viewer.get(), file.id()));
        }
        return file.publiclyReadable() || mayManage(viewer, file.academy())
                || file.attachedActivity().isPresent() && viewer.isPresent()
                        && courses.mayOpen(viewer.get(), file.activity());
    }

    @Override
    public MediaContent open(Optional<AccountId> viewer, MediaFileId id) {
        MediaFile file = files.findById(id.value()).orElseThrow(() -> new NotFoundException("media file"));
        MediaFileSummary summary = file.toSummary();
        if (!mayRead(viewer, summary)) {
            throw new AccessDeniedException("may not read media file " + id.value());
        }
        return new MediaContent(summary, store.read(file.storageKey()));
    }

    /** The format the first bytes show, provided the name's extension (if any) does not claim another. */
    private static MediaFormat recognise(NewMediaFile upload) {
        byte[] head = head(upload);
        Optional<MediaFormat> sniffed = ContentSniffer.sniff(head).flatMap(MediaFormat::of);
        Optional<String> extension = FileNames.extension(upload.originalName());
        Optional<MediaFormat> claimed = extension.flatMap(MediaFormat::claimedBy);
        if (sniffed.isEmpty()) {
            throw new MediaRefusal(claimed.isPresent() ? MISMATCH : TYPE_NOT_ALLOWED);
        }
        MediaFormat format = sniffed.get();
        if (format == MediaFormat.ZIP) {
            // An office document is a ZIP container: which one, only the archive's entries will tell.
            if (claimed.isPresent() && claimed.get() == MediaFormat.ZIP) {
                throw new MediaRefusal(TYPE_NOT_ALLOWED);
            }
            if (extension.isPresent() && !OFFICE.contains(claimed.orElse(MediaFormat.ZIP))) {
                throw new MediaRefusal(MISMATCH);
            }
            return format;
        }
        if (extension.isPresent() && !format.isNamedBy(extension.get())) {
            throw new MediaRefusal(MISMATCH);
        }
        return format;
    }

    /** What only the whole content can confirm: an office archive's format and safety, captions' text encoding. */
    private MediaFormat confirm(MediaFormat sniffed, FileStore.Staged staged, String originalName) throws IOException {
        if (sniffed == MediaFormat.ZIP) {
            MediaFormat office = ArchiveInspection.inspect(staged.file(), settings.archiveLimits());
            Optional<String> extension = FileNames.extension(originalName);
            if (extension.isPresent() && !office.isNamedBy(extension.get())) {
                throw new MediaRefusal(MISMATCH);
            }
            return office;
        }
        if (sniffed == MediaFormat.WEBVTT) {
            byte[] text = Files.readAllBytes(staged.file());
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text));
            } catch (CharacterCodingException e) {
                throw new MediaRefusal(MISMATCH);
            }
            for (byte b : text) {
                if (b == 0) {
                    throw new MediaRefusal(MISMATCH);
                }
            }
        }
        return sniffed;
    }

    private FileStore.Staged stage(NewMediaFile upload, long limit) {
        try {
            return store.stage(upload.content().getInputStream(), limit);
        } catch (FileStore.TooLarge e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(NewMediaFile upload) {
        try (InputStream in = upload.content().getInputStream()) {
            return in.readNBytes(ContentSniffer.HEAD_LENGTH);
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

    private static MediaRefusal tooLarge(long limit) {
        return new MediaRefusal(TOO_LARGE, String.valueOf(Math.max(1, limit / (1024 * 1024))));
    }
}
