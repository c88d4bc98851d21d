package org.psoexplorer.layout;

import java.util.Collection;
import java.util.List;

/** The smallest rectangle around boxes and bend points, as {minX, minY, maxX, maxY}. */
final class Extent {

    private Extent() {
    }

    /** @return the extent, or {@code null} when there is nothing to measure */
    static double[] of(Collection<NodeBox> boxes, Collection<List<Point>> bendLists) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : boxes) {
            minX = Math.min(minX, b.minX());
            minY = Math.min(minY, b.minY());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        for (List<Point> points : bendLists) {
            for (Point p : points) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return minX > maxX ? null : new double[] {minX, minY, maxX, maxY};
    }

    /** Scales points about their centroid, in place. */
    static void scaleAboutCentroid(double[] x, double[] y, double factor) {
        int n = x.length;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += x[i];
            cy += y[i];
        }
        cx /= n;
        cy /= n;
        for (int i = 0; i < n; i++) {
            x[i] = cx + (x[i] - cx) * factor;
            y[i] = cy + (y[i] - cy) * factor;
        }
    }
}
