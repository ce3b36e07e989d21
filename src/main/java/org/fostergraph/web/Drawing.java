package org.fostergraph.web;

/** Coordinates the pages draw in SVG. */
final class Drawing {

    private Drawing() {
    }

    /** To a tenth of a pixel: finer is invisible and only lengthens the page. */
    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
