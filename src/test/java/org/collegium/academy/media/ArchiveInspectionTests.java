package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.collegium.academy.MediaRefusal;
import org.collegium.shared.files.ArchiveLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveInspectionTests {

    private static final ArchiveLimits DEFAULTS = new ArchiveLimits(2000, 250L * 1024 * 1024, 100);

    @TempDir
    Path folder;

    @Test
    void recognisesWordExcelAndPowerPointDocuments() throws IOException {
        assertThat(ArchiveInspection.inspect(write(TestMedia.docx()), DEFAULTS)).isEqualTo(MediaFormat.DOCX);
        assertThat(ArchiveInspection.inspect(write(TestMedia.xlsx()), DEFAULTS)).isEqualTo(MediaFormat.XLSX);
        assertThat(ArchiveInspection.inspect(write(TestMedia.pptx()), DEFAULTS)).isEqualTo(MediaFormat.PPTX);
    }

    @Test
    void refusesAPlainArchiveAsATypeNotAllowed() throws IOException {
        Path plain = write(TestMedia.zip(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        assertRefused(plain, DEFAULTS, ArchiveInspection.NOT_ALLOWED);
    }

    @Test
    void refusesABombByItsCompressionRatio() throws IOException {
        Path bomb = write(office(Map.of("word/media/zeros.bin", new byte[10 * 1024 * 1024])));
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertRefused(bomb, DEFAULTS, ArchiveInspection.REJECTED);
    }

    @Test
    void refusesContentThatUnpacksBeyondTheTotalSize() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            parts.put("word/media/part" + i + ".bin", TestMedia.padded(new byte[0], 4096));
        }
        Path large = write(office(parts));
        assertThat(ArchiveInspection.inspect(large, new ArchiveLimits(100, 1024 * 1024, 100)))
                .isEqualTo(MediaFormat.DOCX);
        assertRefused(large, new ArchiveLimits(100, 10_000, 100), ArchiveInspection.REJECTED);
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            parts.put("word/part" + i + ".xml", "<p/>".getBytes(StandardCharsets.UTF_8));
        }
        Path many = write(office(parts));
        assertThat(ArchiveInspection.inspect(many, new ArchiveLimits(40, 1024 * 1024, 100))).isEqualTo(MediaFormat.DOCX);
        assertRefused(many, new ArchiveLimits(20, 1024 * 1024, 100), ArchiveInspection.REJECTED);
    }

    @Test
    void refusesPathsThatLeaveTheArchive() throws IOException {
        for (String evil : new String[] {"../../evil.sh", "word/../../evil.xml", "/etc/cron.d/evil",
                "C:/Windows/evil.dll", "word\\..\\evil.xml"}) {
            Path archive = write(office(Map.of(evil, "x".getBytes(StandardCharsets.UTF_8))));
            assertRefused(archive, DEFAULTS, ArchiveInspection.REJECTED);
        }
    }

    @Test
    void refusesSymbolicLinks() throws IOException {
        byte[] archive = office(Map.of("word/media/link.png", "/etc/passwd".getBytes(StandardCharsets.UTF_8)));
        assertThat(ArchiveInspection.inspect(write(archive), DEFAULTS)).isEqualTo(MediaFormat.DOCX);
        assertRefused(write(TestMedia.withSymbolicLink(archive, "word/media/link.png")), DEFAULTS,
                ArchiveInspection.REJECTED);
    }

    @Test
    void refusesDamagedArchives() throws IOException {
        byte[] docx = TestMedia.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 30);
        assertRefused(write(truncated), DEFAULTS, ArchiveInspection.REJECTED);
    }

    @Test
    void acceptsOnlySafeRelativePaths() {
        assertThat(ArchiveInspection.isSafePath("word/document.xml")).isTrue();
        assertThat(ArchiveInspection.isSafePath("word/..hidden.xml")).isTrue();
        assertThat(ArchiveInspection.isSafePath("word/../x")).isFalse();
        assertThat(ArchiveInspection.isSafePath("..")).isFalse();
        assertThat(ArchiveInspection.isSafePath("")).isFalse();
    }

    private static byte[] office(Map<String, byte[]> parts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        entries.putAll(parts);
        return TestMedia.zip(entries);
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(folder, "archive", ".bin"), bytes);
    }

    private static void assertRefused(Path archive, ArchiveLimits limits, String code) {
        assertThatThrownBy(() -> ArchiveInspection.inspect(archive, limits))
                .isInstanceOfSatisfying(MediaRefusal.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
