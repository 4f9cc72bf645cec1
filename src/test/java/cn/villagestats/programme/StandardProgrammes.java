package cn.villagestats.programme;

import java.util.List;

import cn.villagestats.programme.roads.RoadProgramme;
import cn.villagestats.programme.surveillance.SurveillanceProgramme;
import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.returns.ReturnSheet;

/** The application's three programmes, for tests that read, check or write returns without a Spring context. */
public final class StandardProgrammes {

    public static final Programmes PROGRAMMES = new Programmes(List.of(new ToiletProgramme(), new RoadProgramme(),
            new SurveillanceProgramme()));

    /** The programme sheets in template order. */
    public static final List<ReturnSheet> SHEETS = PROGRAMMES.sheets();

    private StandardProgrammes() {
    }
}
