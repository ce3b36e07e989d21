package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import, which the importer can open more than once: it reads the Episodes file twice (first to see
 * where each child's last row is, then to import each child as soon as all its rows are read) so that memory
 * stays bounded whatever the file's size.
 */
public record Ssda903Source(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static Ssda903Source of(Path file) {
        return new Ssda903Source(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
