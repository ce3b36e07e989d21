package org.fostergraph.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Home, school and candidate homes drawn from their coordinates on a plain plot (no map tiles: the service must work
 * offline). An equirectangular projection is true to within a fraction of a percent across a council.
 */
record MapPlot(int width, int height, Marker home, Marker school, List<Marker> candidates, List<Marker> excluded,
        double scaleBarPixels, int scaleBarMiles) {

    static final int WIDTH = 560;
    static final int HEIGHT = 440;
    private static final int MARGIN = 30;
    private static final double MILES_PER_DEGREE_LATITUDE = 69.09;

    /**
     * A point at x, y with its label; a numbered candidate is drawn at dotX, dotY, moved off the true point when it
     * would cover another candidate's number (then a short line joins the two).
     */
    record Marker(double x, double y, String label, String title, boolean internal, double dotX, double dotY) {

        Marker(double x, double y, String label, String title, boolean internal) {
            this(x, y, label, title, internal, x, y);
        }

        public boolean moved() {
            return dotX != x || dotY != y;
        }

        Marker at(double newX, double newY) {
            return new Marker(x, y, label, title, internal, Drawing.round1(newX), Drawing.round1(newY));
        }
    }

    /** Two numbered dots closer than this overlap (each has a radius of 9 pixels). */
    private static final double DOT_SPACING = 20;

    /** A point before projection. */
    record Place(double latitude, double longitude, String label, String title, boolean internal) {

        /** Null when the API located nothing. */
        static Place of(Api.Location location, String label, String title, boolean internal) {
            return location == null || location.latitude() == null || location.longitude() == null ? null
                    : new Place(location.latitude(), location.longitude(), label, title, internal);
        }
    }

    /** Null when there is nothing to draw. */
    static MapPlot of(Place home, Place school, List<Place> candidates, List<Place> excluded) {
        List<Place> all = new ArrayList<>();
        if (home != null) {
            all.add(home);
        }
        if (school != null) {
            all.add(school);
        }
        all.addAll(candidates);
        all.addAll(excluded);
        if (all.isEmpty()) {
            return null;
        }
        double minLat = all.stream().mapToDouble(Place::latitude).min().orElseThrow();
        double maxLat = all.stream().mapToDouble(Place::latitude).max().orElseThrow();
        double minLon = all.stream().mapToDouble(Place::longitude).min().orElseThrow();
        double maxLon = all.stream().mapToDouble(Place::longitude).max().orElseThrow();
        double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * shrink, 0.01);
        double spanY = Math.max(maxLat - minLat, 0.01);
        double pixelsPerDegree = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        Projection projection = new Projection(minLon, maxLat, shrink, pixelsPerDegree);
        double pixelsPerMile = pixelsPerDegree / MILES_PER_DEGREE_LATITUDE;
        int barMiles = List.of(1, 2, 5, 10, 20, 50).stream().filter(miles -> miles * pixelsPerMile >= 60).findFirst().orElse(100);
        return new MapPlot(WIDTH, HEIGHT, projection.mark(home), projection.mark(school),
                spread(candidates.stream().map(projection::mark).toList()), excluded.stream().map(projection::mark).toList(),
                Drawing.round1(barMiles * pixelsPerMile), barMiles);
    }

    /**
     * Candidates in rank order, each that would overlap an earlier one's dot moved to the nearest free place on rings
     * around its true point, so every number can be read (the line drawn to it shows where the home really is).
     */
    static List<Marker> spread(List<Marker> candidates) {
        List<Marker> placed = new ArrayList<>();
        for (Marker candidate : candidates) {
            Marker drawn = candidate;
            search:
            for (int ring = 1; ring <= 6 && overlaps(drawn, placed); ring++) {
                for (int step = 0; step < 8 * ring; step++) {
                    double angle = 2 * Math.PI * step / (8 * ring) - Math.PI / 2;
                    Marker tried = candidate.at(clamp(candidate.x() + ring * DOT_SPACING * Math.cos(angle), WIDTH),
                            clamp(candidate.y() + ring * DOT_SPACING * Math.sin(angle), HEIGHT));
                    if (!overlaps(tried, placed)) {
                        drawn = tried;
                        break search;
                    }
                }
            }
            placed.add(drawn);
        }
        return placed;
    }

    private static boolean overlaps(Marker dot, List<Marker> others) {
        return others.stream().anyMatch(other -> Math.hypot(other.dotX() - dot.dotX(), other.dotY() - dot.dotY()) < DOT_SPACING);
    }

    private static double clamp(double value, int limit) {
        return Math.max(10, Math.min(limit - 10, value));
    }

    private record Projection(double west, double north, double shrink, double pixelsPerDegree) {

        Marker mark(Place place) {
            if (place == null) {
                return null;
            }
            double x = MARGIN + (place.longitude() - west) * shrink * pixelsPerDegree;
            double y = MARGIN + (north - place.latitude()) * pixelsPerDegree;
            return new Marker(Drawing.round1(x), Drawing.round1(y), place.label(), place.title(), place.internal());
        }
    }
}
