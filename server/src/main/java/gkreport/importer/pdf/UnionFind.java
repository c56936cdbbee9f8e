package gkreport.importer.pdf;

/** Disjoint sets of the numbers 0 … n−1, joined pair by pair: the groups of rulings that touch, the cells of a grid merged into one. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
    }

    /** The number standing for i's set. */
    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of a and b; whether they were apart. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return false;
        parent[ra] = rb;
        return true;
    }
}
