package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;

import java.util.Objects;

/**
 * Validates the data rows of one return against the template's rules. Make one per return:
 * it remembers what it has seen (point names) to check uniqueness within the village.
 */
public final class ReturnValidator {

    private final ToiletRowValidator toilets;
    private final RoadRowValidator roads;
    private final SurveillanceRowValidator surveillance = new SurveillanceRowValidator();

    public ReturnValidator(Cover cover) {
        Objects.requireNonNull(cover, "cover");
        this.toilets = new ToiletRowValidator(cover.period());
        this.roads = new RoadRowValidator(cover.period());
    }

    /** The row accepted with its typed record, or rejected with one violation per bad cell. */
    public ValidatedRow validate(ReturnRow row) {
        return switch (row.sheet()) {
            case TOILETS -> toilets.validate(row);
            case ROADS -> roads.validate(row);
            case SURVEILLANCE -> surveillance.validate(row);
            case COVER -> throw new IllegalArgumentException("the cover holds no data rows");
        };
    }
}
