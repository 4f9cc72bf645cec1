package cn.villagestats.spreadsheet;

/** How a cell is marked for the clerk: red where a value was rejected, yellow where it is only doubtful. */
public enum Mark {
    REJECTED(Shade.RED),
    WARNED(Shade.YELLOW);

    private final Shade shade;

    Mark(Shade shade) {
        this.shade = shade;
    }

    /** The fill of a marked cell; lists of the problems use the same. */
    public Shade shade() {
        return shade;
    }
}
