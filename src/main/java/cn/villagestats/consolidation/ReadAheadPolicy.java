package cn.villagestats.consolidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which returns are parsed and validated on a thread of their own ({@link ReadAhead}), and how
 * many rows ahead. A large return gains: reading overlaps staging on the second core (the
 * million-row ledger's load step took 32–34 s instead of 43–52 s when only parsing was ahead). A
 * small one loses: on a night of many returns the pool keeps every core busy already, and the
 * thread and the hand-over cost the county's load about 8%.
 */
record ReadAheadPolicy(int rows, long minFileBytes) {

    ReadAheadPolicy {
        if (rows < 0 || minFileBytes < 0) {
            throw new IllegalArgumentException("read ahead " + rows + " rows from " + minFileBytes + " bytes");
        }
    }

    boolean appliesTo(Path file) {
        if (rows == 0) {
            return false;
        }
        try {
            return Files.size(file) >= minFileBytes;
        } catch (IOException e) {
            // the reader has the file open already; without its size, the step's thread reads it, as a small one
            return false;
        }
    }
}
