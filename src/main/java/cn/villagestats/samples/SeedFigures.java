package cn.villagestats.samples;

/**
 * The township's year-end figures the sample returns must add up to (the contract's "seed
 * figures"). Poor households are not listed: each village reports exactly its registry count.
 */
record SeedFigures(int toiletHouseholds, int accessVillages, int accessHouseholds, int areaFromM2, int areaToM2) {

    static final SeedFigures TOWNSHIP_2020 = new SeedFigures(4637, 6, 1219, 143_000, 144_000);

    SeedFigures {
        if (areaToM2 - areaFromM2 < 100) {
            throw new IllegalArgumentException("the area range is too narrow to hit");
        }
    }
}
