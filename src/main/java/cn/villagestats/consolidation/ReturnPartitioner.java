package cn.villagestats.consolidation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per return still to load: a return is loaded, retried or replaced alone. */
class ReturnPartitioner implements Partitioner {

    static final String RETURN_ID = "returnId";

    private final ReturnLedger ledger;
    private final String period;

    ReturnPartitioner(ReturnLedger ledger, String period) {
        this.ledger = ledger;
        this.period = period;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (long id : ledger.idsWithStatus(period, ReturnStatus.PENDING)) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(RETURN_ID, id);
            partitions.put("return-" + id, context);
        }
        return partitions;
    }
}
