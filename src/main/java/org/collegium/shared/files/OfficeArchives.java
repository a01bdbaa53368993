package org.collegium.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


/**
 * Decides whether a ZIP container is a Word, Excel or PowerPoint document that is safe to keep: it reads the
 * central directory itself (entry count, declared sizes, names, and the Unix mode that marks links), then inflates
 * every entry while counting, to catch archives whose declared sizes lie. Nothing is ever unpacked to disk.
 */
public final class OfficeArchives {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_OF_DIRECTORY_LENGTH = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    private OfficeArchives() {
    }

    /**
     * Whether a ZIP container whose format is already known (an OpenDocument file, recognised by its first bytes) is
     * safe to keep; refuses with {@link UnacceptableFile} otherwise.
     */
    public static void checkSafe(Path archive, ArchiveLimits limits) {
        try {
            readDirectory(archive, limits);
            inflateCounting(archive, limits);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnacceptableFile refusal) {
                throw refusal;
            }
            throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
        }
    }

    /** The office format of the archive, or a refusal naming why it is not accepted. */
    public static FileFormat inspect(Path archive, ArchiveLimits limits) {
        try {
            List<String> names = readDirectory(archive, limits);
            inflateCounting(archive, limits);
            return officeFormat(names);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnacceptableFile refusal) {
                throw refusal;
            }
            throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
        }
    }

    private static List<String> readDirectory(Path archive, ArchiveLimits limits) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_OF_DIRECTORY_LENGTH + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - END_OF_DIRECTORY_LENGTH; i >= 0; i--) {
                if (tail.getInt(i) == END_OF_DIRECTORY) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
            }
            int entries = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            // ZIP64 archives (markers 0xffff / 0xffffffff) are far beyond what an office document needs.
            if (entries == 0xffff || directoryOffset == 0xffffffffL || entries > limits.maxEntries()
                    || directoryOffset + directorySize > size) {
                throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long declared = 0;
            int position = 0;
            for (int n = 0; n < entries; n++) {
                if (position + 46 > directory.limit() || directory.getInt(position) != DIRECTORY_ENTRY) {
                    throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                }
                int host = Short.toUnsignedInt(directory.getShort(position + 4)) >> 8;
                long uncompressed = Integer.toUnsignedLong(directory.getInt(position + 24));
                int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
                int mode = directory.getInt(position + 38) >>> 16;
                if (position + 46 + nameLength > directory.limit()) {
                    throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                }
                byte[] nameBytes = new byte[nameLength];
                directory.get(position + 46, nameBytes);
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                if (host == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
                    throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                }
                if (!isSafePath(name) || !seen.add(name)) {
                    throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                }
                declared += uncompressed;
                if (uncompressed == 0xffffffffL || declared > limits.maxUncompressedBytes()
                        || declared > Math.max(size, 1) * limits.maxRatio()) {
                    throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                }
                names.add(name);
                position += 46 + nameLength + extraLength + commentLength;
            }
            return names;
        }
    }

    /** Relative, forward, plain: no drive letter, no leading slash, no backslash, no "..", no control character. */
    public static boolean isSafePath(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void inflateCounting(Path archive, ArchiveLimits limits) throws IOException {
        long budget = Math.min(limits.maxUncompressedBytes(),
                Math.max(archive.toFile().length(), 1) * limits.maxRatio());
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long read = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        read += n;
                        total += n;
                        if (total > budget || (entry.getSize() >= 0 && read > entry.getSize())) {
                            throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
                        }
                    }
                }
            }
        }
    }

    private static FileFormat officeFormat(List<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            throw new UnacceptableFile(UnacceptableFile.Reason.NOT_ALLOWED);
        }
        if (names.contains("word/document.xml")) {
            return FileFormat.DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return FileFormat.XLSX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return FileFormat.PPTX;
        }
        throw new UnacceptableFile(UnacceptableFile.Reason.NOT_ALLOWED);
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new UnacceptableFile(UnacceptableFile.Reason.ARCHIVE_REJECTED);
            }
        }
        return buffer.flip();
    }
}
