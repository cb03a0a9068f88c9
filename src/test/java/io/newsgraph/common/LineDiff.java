package io.newsgraph.common;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) printed as unified hunks, so a failing snapshot shows what changed. */
final class LineDiff {

    private LineDiff() {
    }

    /** One line of the edit script: kept (' '), removed ('-') or added ('+'), at its line in each text. */
    private record Op(char kind, String line, int oldLine, int newLine) {
    }

    /** The hunks turning {@code a} into {@code b}, with {@code context} unchanged lines around each; empty when equal. */
    static String unified(List<String> a, List<String> b, int context) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), i++, j++));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                ops.add(new Op('-', a.get(i), i++, j));
            } else {
                ops.add(new Op('+', b.get(j), i, j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - context);
            int last = k;
            // Changes closer than two contexts share a hunk.
            for (int next = k; next < ops.size() && next - last <= 2 * context; next++) {
                if (ops.get(next).kind() != ' ') {
                    last = next;
                }
            }
            int stop = Math.min(ops.size(), last + context + 1);
            out.append("@@ snapshot line ").append(ops.get(start).oldLine() + 1)
                    .append(", served line ").append(ops.get(start).newLine() + 1).append(" @@\n");
            for (int h = start; h < stop; h++) {
                out.append(ops.get(h).kind()).append(ops.get(h).line()).append('\n');
            }
            k = stop;
        }
        return out.toString();
    }
}
