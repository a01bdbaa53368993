package org.collegium.library.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Reads the text of a document with Apache Tika, for search, within bounds: at most so many characters (the rest is
 * dropped) and so much time (after which the file is kept without text). Tika only reads: scripts in a PDF are
 * never run. A file Tika cannot read is kept too, with no text.
 */
@Component
class TextExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(TextExtraction.class);

    private final Tika tika;
    private final FileSettings settings;
    private final ExecutorService readers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("library-text-", 0).factory());

    TextExtraction(Tika tika, FileSettings settings) {
        this.tika = tika;
        this.settings = settings;
    }

    /** The file's text, or an empty text when it has none that can be read in time. */
    String text(Path file, LibraryFormat format) {
        if (!format.hasText()) {
            return "";
        }
        int limit = settings.extraction().maxCharacters();
        Future<String> reading = readers.submit(() -> read(file, format, limit));
        try {
            return clean(reading.get(settings.extraction().timeout().toMillis(), TimeUnit.MILLISECONDS), limit);
        } catch (TimeoutException e) {
            reading.cancel(true);
            LOG.warn("Text extraction of a {} file timed out; kept without text", format);
            return "";
        } catch (ExecutionException e) {
            LOG.warn("Text extraction of a {} file failed; kept without text: {}", format, e.getCause().toString());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private String read(Path file, LibraryFormat format, int limit) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
        try (InputStream in = TikaInputStream.get(file)) {
            return tika.parseToString(in, metadata, limit);
        }
    }

    /** No NUL characters (PostgreSQL refuses them in text), no runs of blank lines, within the cap. */
    static String clean(String text, int limit) {
        String cleaned = text.replace("\u0000", "").replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
        return cleaned.length() > limit ? cleaned.substring(0, limit) : cleaned;
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }
}
