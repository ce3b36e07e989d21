package org.fostergraph.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/postcodes} with the file as the request body ({@code text/csv}): a keeper of the national reference
 * geography (REFERENCE_DATA) loads the ONS Postcode Directory or an extract of it. The body is streamed to a temporary
 * file, never held in memory, because the directory is read twice (checked, then loaded).
 */
@RestController
class PostcodeDirectoryController {

    private final PostcodeDirectory directory;

    PostcodeDirectoryController(PostcodeDirectory directory) {
        this.directory = directory;
    }

    @PostMapping(path = "/api/postcodes", consumes = {"text/csv", "application/octet-stream"})
    ResponseEntity<PostcodeDirectory.Summary> load(HttpServletRequest request) throws IOException {
        Path upload = Files.createTempFile("postcodes-", ".csv");
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            // The temporary file's name means nothing to the caller.
            PostcodeDirectory.Summary summary = directory.load(upload, "postcodes.csv", PostcodeDirectory.Progress.NONE);
            return ResponseEntity.status(summary.problemCount() == 0 ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
        }
        finally {
            Files.deleteIfExists(upload);
        }
    }
}
