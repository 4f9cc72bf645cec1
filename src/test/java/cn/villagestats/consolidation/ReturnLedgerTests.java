package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's batches at discovery: new files recorded as found, rejected ones made pending again. */
class ReturnLedgerTests extends JobTestSupport {

    @Autowired
    ReturnLedger ledger;

    @Test
    void shouldRecordEveryNewFileAsPendingAcrossBatches() {
        // given more new files than one batch holds, and a file of another period
        List<InboxFile> files = IntStream.range(0, 2_345).mapToObj(ReturnLedgerTests::file).toList();
        ledger.insertPending("2020-11", List.of(file(0)));

        // when
        ledger.insertPending("2020-12", files);

        // then each file is one pending return of the period, with its fingerprint
        List<StoredReturn> stored = ledger.findByPeriod("2020-12");
        assertThat(stored).hasSize(files.size())
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReturnStatus.PENDING))
                .extracting(StoredReturn::fileName, StoredReturn::sha256, StoredReturn::fileModifiedAt)
                .containsExactlyInAnyOrderElementsOf(files.stream()
                        .map(f -> tuple(f.name(), f.sha256(), f.modifiedAt())).toList());
        assertThat(jdbc.queryForObject("SELECT SUM(file_size) FROM intake_return WHERE period = '2020-12'",
                Long.class)).isEqualTo(files.stream().mapToLong(InboxFile::size).sum());
        assertThat(ledger.findByPeriod("2020-11")).hasSize(1);
    }

    @Test
    void shouldRecordNothingForAnInboxWithoutNewFiles() {
        // when
        ledger.insertPending("2020-12", List.of());

        // then
        assertThat(ledger.findByPeriod("2020-12")).isEmpty();
    }

    @Test
    void shouldMarkRejectedReturnsPendingAgainWithoutTheirReasons() {
        // given three rejected returns
        ledger.insertPending("2020-12", List.of(file(1), file(2), file(3)));
        List<StoredReturn> stored = ledger.findByPeriod("2020-12");
        stored.forEach(r -> ledger.recordRejected(r.id(), null, null, "封面缺少村代码", "the cover has no village code", 1L));

        // when two of them are to be read again
        ledger.markPending(List.of(stored.get(0).id(), stored.get(2).id()));

        // then those two are pending with no reason left, the third is still rejected
        assertThat(ledger.findByPeriod("2020-12"))
                .extracting(StoredReturn::fileName, StoredReturn::status, StoredReturn::reasonZh, StoredReturn::reasonEn)
                .containsExactly(tuple(file(1).name(), ReturnStatus.PENDING, null, null),
                        tuple(file(2).name(), ReturnStatus.REJECTED, "封面缺少村代码", "the cover has no village code"),
                        tuple(file(3).name(), ReturnStatus.PENDING, null, null));
    }

    private static InboxFile file(int n) {
        String name = String.format("村%04d.xlsx", n);
        return new InboxFile(name, Path.of(name), String.format("%064x", n), 1_000 + n,
                Instant.parse("2021-01-03T01:00:00Z").plusSeconds(n));
    }
}
