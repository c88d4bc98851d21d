package org.psoexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much of a drawing's map a change kept, as the orthogonal ordering of its concepts: of every
 * two concepts, whether the one left of (above) the other still is. Unlike distances on screen, it
 * does not count a map that only grew or shrank as changed (Misue, Eades, Lai and Sugiyama,
 * "Layout adjustment and the mental map", 1995).
 */
final class MentalMap {

    private MentalMap() {
    }

    /** The share of left-of and above relations between the concepts of {@code before} that {@code after} keeps. */
    static double orderKept(Map<String, double[]> before, Map<String, double[]> after) {
        List<String> ids = new ArrayList<>(before.keySet());
        long kept = 0;
        long all = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double[] a = before.get(ids.get(i));
                double[] b = before.get(ids.get(j));
                double[] c = after.get(ids.get(i));
                double[] d = after.get(ids.get(j));
                for (int axis = 0; axis < 2; axis++) {
                    all++;
                    if (Math.signum(a[axis] - b[axis]) == Math.signum(c[axis] - d[axis])) {
                        kept++;
                    }
                }
            }
        }
        return all == 0 ? 1 : (double) kept / all;
    }
}
