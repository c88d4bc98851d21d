package org.psoexplorer.layout;

/**
 * Turns a point cloud so that its longest extent (first principal axis) lies along x. A free force
 * layout comes out in any orientation; drawings are shown on wide screens and pages, so an
 * elongated one fits better lying down.
 */
final class PrincipalAxes {

    private PrincipalAxes() {
    }

    /** Rotates the points in place about their mean. */
    static void turnLandscape(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        // Angle of the principal axis of the 2×2 covariance matrix.
        double angle = 0.5 * StrictMath.atan2(2 * sxy, sxx - syy);
        double cos = StrictMath.cos(-angle);
        double sin = StrictMath.sin(-angle);
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            x[i] = mx + dx * cos - dy * sin;
            y[i] = my + dx * sin + dy * cos;
        }
    }
}
