package org.collegium.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Files in a directory ({@code collegium.files.directory}), a shared volume when several nodes run: each under a
 * random UUID, in two levels of folders named by its first characters so that no folder grows too large.
 * Staged files wait in {@code .staging} on the same volume, so that keeping one is an atomic rename.
 */
@Component
public class FilesystemFileStore implements FileStore {

    private final Path root;
    private final Path staging;

    public FilesystemFileStore(@Value("${collegium.files.directory:./data/files}") Path directory) {
        this.root = directory.toAbsolutePath().normalize();
        this.staging = root.resolve(".staging");
    }

    public Path root() {
        return root;
    }

    @Override
    public Staged stage(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(staging);
        Path file = Files.createTempFile(staging, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Staged(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public String keep(Staged staged) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resource read(String key) {
        return new FileSystemResource(path(key));
    }

    /** Keys are UUIDs the store made: anything else cannot name a path. */
    private Path path(String key) {
        String canonical = UUID.fromString(key).toString();
        return root.resolve(canonical.substring(0, 2)).resolve(canonical.substring(2, 4)).resolve(canonical);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
