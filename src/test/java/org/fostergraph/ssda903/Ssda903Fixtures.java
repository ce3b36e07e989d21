package org.fostergraph.ssda903;

import org.springframework.http.HttpEntity;
import org.springframework.util.MultiValueMap;

/** The hand-written SSDA903 return of the import tests, for tests of other packages. */
public final class Ssda903Fixtures {

    private Ssda903Fixtures() {
    }

    public static String header() {
        return Ssda903ImportTest.text("header.csv");
    }

    public static String episodes() {
        return Ssda903ImportTest.text("episodes.csv");
    }

    /** The two files as {@code POST /api/ssda903} takes them. */
    public static MultiValueMap<String, HttpEntity<?>> multipart(String header, String episodes) {
        return Ssda903ImportTest.multipart("header.csv", header, "episodes.csv", episodes);
    }
}
