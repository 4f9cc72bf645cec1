package cn.villagestats.registry;

import java.util.List;
import java.util.Optional;

/** The villages the township expects a return from. */
public interface VillageRegistry {

    Optional<Village> find(String code);

    List<Village> all();
}
