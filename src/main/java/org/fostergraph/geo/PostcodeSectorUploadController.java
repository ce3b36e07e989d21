package org.fostergraph.geo;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/postcode-sectors} (multipart part {@code sectors}) loads a council's postcode-sector table. */
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
        PostcodeSectorTable.Summary summary = table.load(name, sectors.getInputStream());
        return ResponseEntity.status(summary.problems().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
    }
}
