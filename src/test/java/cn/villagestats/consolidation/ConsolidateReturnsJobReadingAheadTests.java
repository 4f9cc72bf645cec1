package cn.villagestats.consolidation;

import org.springframework.test.context.TestPropertySource;

/** {@link ConsolidateReturnsJobTests} with every return, however small, parsed on a read-ahead thread. */
@TestPropertySource(properties = "villagestats.load.read-ahead-min-bytes=0")
class ConsolidateReturnsJobReadingAheadTests extends ConsolidateReturnsJobTests {
}
