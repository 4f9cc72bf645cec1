package cn.villagestats.bench;

/** What a reader saw: rows holding at least one non-blank cell, and the non-blank cells. */
public record Count(long rows, long cells) {

    public Count plus(Count other) {
        return new Count(rows + other.rows, cells + other.cells);
    }
}
