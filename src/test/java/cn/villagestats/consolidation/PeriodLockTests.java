package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

@ParameterizedClass
@EnumSource(Engine.class)
class PeriodLockTests {

    private static final String PERIOD = "2020-12";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LongPredicate ALL_RUNNING = id -> true;
    private static final LongPredicate NONE_RUNNING = id -> false;

    @Parameter
    Engine engine;

    private TestDatabase database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void createDatabase() {
        database = engine.create();
        database.migrate("latest");
        jdbc = new JdbcTemplate(database.dataSource());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) { // null when the server was not there to create it
            database.close();
        }
    }

    @Test
    void shouldTakeAFreePeriodNamingTheExecutionAndHost() {
        // given
        PeriodLock lock = lock("host-a pid 1", ALL_RUNNING);

        // when
        lock.acquire(PERIOD, 11);

        // then
        assertThat(lock.holder(PERIOD)).contains(new PeriodLockHolder(PERIOD, 11, "host-a pid 1", CLOCK.instant()));
    }

    @Test
    void shouldRefuseAPeriodHeldByARunningExecution() {
        // given
        lock("host-a pid 1", ALL_RUNNING).acquire(PERIOD, 11);
        PeriodLock other = lock("host-b pid 2", ALL_RUNNING);

        // when / then
        assertThatThrownBy(() -> other.acquire(PERIOD, 12))
                .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                    assertThat(e.holder().jobExecutionId()).isEqualTo(11);
                    assertThat(e.reasonZh()).contains("2020-12", "#11", "host-a pid 1", "不能同时汇总");
                    assertThat(e.reasonEn()).contains("2020-12", "job execution 11", "host-a pid 1");
                });
        assertThat(other.holder(PERIOD)).get().extracting(PeriodLockHolder::jobExecutionId).isEqualTo(11L);
    }

    @Test
    void shouldTakeOverALockLeftByAnExecutionNoLongerRunning() {
        // given a host that died holding the period, its execution since marked failed
        lock("host-a pid 1", NONE_RUNNING).acquire(PERIOD, 11);

        // when
        lock("host-b pid 2", NONE_RUNNING).acquire(PERIOD, 12);

        // then
        assertThat(lock("any", NONE_RUNNING).holder(PERIOD)).get()
                .extracting(PeriodLockHolder::jobExecutionId, PeriodLockHolder::host).containsExactly(12L, "host-b pid 2");
    }

    @Test
    void shouldReleaseOnlyTheLockTheExecutionHolds() {
        // given
        PeriodLock lock = lock("host-a pid 1", ALL_RUNNING);
        lock.acquire(PERIOD, 11);

        // when another execution releases, nothing happens; when the holder releases, the period is free
        lock.release(PERIOD, 12);
        boolean heldAfterOtherRelease = lock.holder(PERIOD).isPresent();
        lock.release(PERIOD, 11);

        // then
        assertThat(heldAfterOtherRelease).isTrue();
        assertThat(lock.holder(PERIOD)).isEmpty();
        lock.acquire(PERIOD, 13);
        assertThat(lock.holder(PERIOD)).get().extracting(PeriodLockHolder::jobExecutionId).isEqualTo(13L);
    }

    @Test
    void shouldTellBeforehandWhetherThePeriodIsFreeWithoutTakingIt() {
        // given
        PeriodLock lock = lock("host-a pid 1", id -> id == 11);

        // when / then: free, and still free after the check
        lock.checkFree(PERIOD);
        assertThat(lock.holder(PERIOD)).isEmpty();
        // held by a running execution: refused
        lock.acquire(PERIOD, 11);
        assertThatThrownBy(() -> lock.checkFree(PERIOD)).isInstanceOf(PeriodLockedException.class);
        // held by one no longer running: free
        jdbc.update("UPDATE period_lock SET job_execution_id = 12");
        lock.checkFree(PERIOD);
    }

    @Test
    void shouldLockEachPeriodOnItsOwn() {
        // given
        PeriodLock lock = lock("host-a pid 1", ALL_RUNNING);
        lock.acquire("2020-12", 11);

        // when
        lock.acquire("2021-01", 12);

        // then
        assertThat(lock.holder("2020-12")).get().extracting(PeriodLockHolder::jobExecutionId).isEqualTo(11L);
        assertThat(lock.holder("2021-01")).get().extracting(PeriodLockHolder::jobExecutionId).isEqualTo(12L);
    }

    @Test
    void shouldLetExactlyOneOfManySimultaneousRunsTakeThePeriod() throws Exception {
        // given eight hosts, each with its own connections, starting at the same moment
        int hosts = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            long executionId = 100 + i;
            PeriodLock lock = lock("host-" + i, ALL_RUNNING);
            attempts.add(() -> {
                start.await();
                try {
                    lock.acquire(PERIOD, executionId);
                    return true;
                } catch (PeriodLockedException refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(hosts);
        try {
            List<Future<Boolean>> results = attempts.stream().map(pool::submit).toList();

            // when
            start.countDown();

            // then
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_lock", Integer.class)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private PeriodLock lock(String host, LongPredicate running) {
        return new PeriodLock(new JdbcTemplate(database.dataSource()), running, host, CLOCK);
    }
}
