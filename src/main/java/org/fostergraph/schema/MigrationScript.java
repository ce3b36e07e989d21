package org.fostergraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/** One versioned {@code V###__description.cypher} file of the graph schema. */
record MigrationScript(int version, String description, String fileName, String checksum, List<String> statements) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    static boolean isCandidate(String fileName) {
        return fileName != null && fileName.endsWith(".cypher");
    }

    static MigrationScript read(Resource resource) {
        String fileName = resource.getFilename();
        Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!name.matches()) {
            throw new SchemaMigrationException("Graph schema file '" + fileName
                    + "' is not named V<version>__<description>.cypher (for example V003__placement_indexes.cypher)");
        }
        String text;
        try {
            text = resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read graph schema file " + fileName, e);
        }
        // Line endings are normalised so that a Windows checkout does not count as an edit.
        String normalised = text.replace("\r\n", "\n");
        return new MigrationScript(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
                sha256(normalised), statements(normalised));
    }

    private static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        for (String chunk : STATEMENT_END.split(text)) {
            String statement = chunk.lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .reduce("", (a, b) -> a + b + "\n")
                    .strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return List.copyOf(statements);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
