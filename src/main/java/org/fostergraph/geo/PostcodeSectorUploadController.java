package org.fostergraph.geo;

import java.io.IOException;
import java.util.Set;

import org.fostergraph.security.Caller;
import org.fostergraph.security.Callers;
import org.fostergraph.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/postcode-sectors} (multipart part {@code sectors}): a council's administrator links sectors to the
 * council's localities; a keeper of the reference geography (REFERENCE_DATA) adds sectors and sets their centres.
 */
@RestController
class PostcodeSectorUploadController {

    private final PostcodeSectorTable table;

    PostcodeSectorUploadController(PostcodeSectorTable table) {
        this.table = table;
    }

    @PostMapping(path = "/api/postcode-sectors", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PostcodeSectorTable.Summary> load(@RequestPart("sectors") MultipartFile sectors) throws IOException {
        String name = sectors.getOriginalFilename() == null || sectors.getOriginalFilename().isBlank() ? "sectors"
                : sectors.getOriginalFilename();
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("The upload needs a signed-in user"));
        // A council's administrator links sectors to that council's localities; the reference role keeps the centres.
        PostcodeSectorTable.Uploader uploader = new PostcodeSectorTable.Uploader(caller.hasAnyOf(Set.of(Role.REFERENCE_DATA)),
                caller.hasAnyOf(Set.of(Role.ADMIN)) ? caller.councilForChanges() : null);
        PostcodeSectorTable.Summary summary = table.load(name, sectors.getInputStream(), uploader);
        return ResponseEntity.status(summary.problemCount() == 0 ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
    }
}
