package org.psoexplorer.layout;

/**
 * Spreads points on a circle so that consecutive ones are at least a given angle apart, keeping
 * their order and moving them as little as possible (least squares). Used by the radial layout
 * so that a ring can stay small even where its ideal angles bunch up: only the bunch spreads,
 * rather than the whole ring growing until the closest pair fits.
 */
final class RingSpacing {

    private static final double FULL_TURN = 2 * Math.PI;

    private RingSpacing() {
    }

    /**
     * @param ideal  angles in ascending order, spanning less than a full turn
     * @param minGap the least angle between consecutive points, wrap-around included; at most
     *               a full turn divided by the number of points
     * @return the spread angles, in the same order
     */
    static double[] spread(double[] ideal, double minGap) {
        int m = ideal.length;
        if (m < 2) {
            return ideal.clone();
        }
        // With q_i = φ_i − i·gap the constraint φ_{i+1} − φ_i ≥ gap becomes q non-decreasing:
        // the nearest non-decreasing sequence is found by pooling adjacent violators.
        double[] blockSum = new double[m];
        int[] blockSize = new int[m];
        int blocks = 0;
        for (int i = 0; i < m; i++) {
            blockSum[blocks] = ideal[i] - i * minGap;
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockSize[blocks - 2] > blockSum[blocks - 1] / blockSize[blocks - 1]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[m];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            double level = blockSum[b] / blockSize[b];
            for (int k = 0; k < blockSize[b]; k++, i++) {
                result[i] = level + i * minGap;
            }
        }
        if (result[m - 1] - result[0] <= FULL_TURN - minGap + 1e-12) {
            return result;
        }
        // The spread points would meet across the wrap: the ring is nearly full, space evenly.
        double step = FULL_TURN / m;
        double offset = 0;
        for (int k = 0; k < m; k++) {
            offset += ideal[k] - k * step;
        }
        offset /= m;
        for (int k = 0; k < m; k++) {
            result[k] = offset + k * step;
        }
        return result;
    }
}
