package cn.villagestats.samples;

/**
 * The share of 身份证号 a generator may issue: block {@code index} of {@code count} disjoint
 * blocks of the three-digit sequence code. Townships generated apart with different blocks
 * never share a number, as no two people of a county do; {@link #WHOLE} issues from all.
 */
public record IdBlock(int index, int count) {

    /** Every sequence code: for a township generated on its own. */
    public static final IdBlock WHOLE = new IdBlock(0, 1);

    /** There are 1,000 sequence codes per birth day: more blocks would leave some empty. */
    public static final int MAX_BLOCKS = 1000;

    public IdBlock {
        if (count < 1 || count > MAX_BLOCKS || index < 0 || index >= count) {
            throw new IllegalArgumentException("no id block " + index + " of " + count);
        }
    }

    /** How many sequence codes the block holds. */
    int codes() {
        return (1000 - index + count - 1) / count;
    }

    /** The {@code n}-th sequence code of the block, {@code n < codes()}. */
    int code(int n) {
        return index + count * n;
    }
}
