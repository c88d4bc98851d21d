package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Boxes unpacked into parallel arrays, in map order, for the grid and the overlap passes. */
record BoxArrays(List<String> ids, double[] x, double[] y, double[] w, double[] h) {

    static BoxArrays of(Map<String, NodeBox> boxes) {
        List<String> ids = new ArrayList<>(boxes.keySet());
        int n = ids.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            NodeBox b = boxes.get(ids.get(i));
            x[i] = b.x();
            y[i] = b.y();
            w[i] = b.width();
            h[i] = b.height();
        }
        return new BoxArrays(ids, x, y, w, h);
    }
}
